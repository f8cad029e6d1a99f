package dev.gatehouse.bot.render;

import com.slack.api.model.view.ViewState;

import java.util.List;

/** Builds view_submission state values the way Slack sends them. */
final class ViewStates {
    private ViewStates() {
    }

    static ViewState.Value text(String value) {
        var v = new ViewState.Value();
        v.setType("plain_text_input");
        v.setValue(value);
        return v;
    }

    static ViewState.Value radio(String value) {
        var v = new ViewState.Value();
        v.setType("radio_buttons");
        var option = new ViewState.SelectedOption();
        option.setValue(value);
        v.setSelectedOption(option);
        return v;
    }

    static ViewState.Value checkboxes(String... values) {
        var v = new ViewState.Value();
        v.setType("checkboxes");
        v.setSelectedOptions(java.util.Arrays.stream(values).map(s -> {
            var o = new ViewState.SelectedOption();
            o.setValue(s);
            return o;
        }).toList());
        return v;
    }

    static List<String> initialValues(com.slack.api.model.view.View view, String actionId) {
        return view.getBlocks().stream().filter(com.slack.api.model.block.InputBlock.class::isInstance)
                .map(b -> ((com.slack.api.model.block.InputBlock) b).getElement())
                .filter(com.slack.api.model.block.element.PlainTextInputElement.class::isInstance)
                .map(com.slack.api.model.block.element.PlainTextInputElement.class::cast)
                .filter(e -> e.getActionId().equals(actionId)).map(e -> e.getInitialValue() == null ? "" : e.getInitialValue())
                .toList();
    }
}
