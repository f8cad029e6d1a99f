package dev.gatehouse.bot.render;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.ButtonElement;

import java.util.List;

/** Reads rendered blocks back for assertions. */
final class Inspect {
    private Inspect() {
    }

    static String json(Object o) {
        return Golden.tree(o).toString();
    }

    static List<ButtonElement> buttons(List<LayoutBlock> blocks) {
        return blocks.stream().filter(ActionsBlock.class::isInstance).map(ActionsBlock.class::cast)
                .flatMap(a -> a.getElements().stream()).filter(ButtonElement.class::isInstance)
                .map(ButtonElement.class::cast).toList();
    }

    static List<String> actionIds(List<LayoutBlock> blocks) {
        return buttons(blocks).stream().map(ButtonElement::getActionId).toList();
    }
}
