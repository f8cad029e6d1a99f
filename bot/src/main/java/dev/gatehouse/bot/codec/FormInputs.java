package dev.gatehouse.bot.codec;

/**
 * The inputs of the /icp and /offer modals: each a (block_id, action_id) pair, as Slack keys a
 * view_submission's {@code state.values} by block_id, then action_id, and keys
 * {@code response_action: errors} by block_id. Like {@link ActionId}, these strings are on the
 * wire (in modals still open in Slack) and must never change.
 */
public enum FormInputs {
    ICP_INDUSTRIES("gh_icp_industries", "gh_icp_industries_input"),
    ICP_MIN_EMPLOYEES("gh_icp_min_employees", "gh_icp_min_employees_input"),
    ICP_MAX_EMPLOYEES("gh_icp_max_employees", "gh_icp_max_employees_input"),
    ICP_REGIONS("gh_icp_regions", "gh_icp_regions_input"),
    ICP_TECHNOLOGIES("gh_icp_technologies", "gh_icp_technologies_input"),
    ICP_PERSONAS("gh_icp_personas", "gh_icp_personas_input"),
    ICP_EXCLUDED_DOMAINS("gh_icp_excluded_domains", "gh_icp_excluded_domains_input"),
    ICP_COMPETITORS("gh_icp_competitors", "gh_icp_competitors_input"),
    ICP_CUSTOMERS("gh_icp_customers", "gh_icp_customers_input"),
    ICP_SIGNAL_WEIGHTS("gh_icp_signal_weights", "gh_icp_signal_weights_input"),
    ICP_HALF_LIFE_DAYS("gh_icp_half_life_days", "gh_icp_half_life_days_input"),
    ICP_MIN_SCORE("gh_icp_min_score", "gh_icp_min_score_input"),
    ICP_DESCRIPTION("gh_icp_description", "gh_icp_description_input"),
    OFFER_PRODUCT("gh_offer_product", "gh_offer_product_input"),
    OFFER_VALUE_PROP("gh_offer_value_prop", "gh_offer_value_prop_input"),
    OFFER_PROOF_POINTS("gh_offer_proof_points", "gh_offer_proof_points_input"),
    OFFER_CUSTOMERS("gh_offer_customers", "gh_offer_customers_input"),
    OFFER_SENDER_NAME("gh_offer_sender_name", "gh_offer_sender_name_input"),
    OFFER_SENDER_TITLE("gh_offer_sender_title", "gh_offer_sender_title_input");

    private final String blockId;
    private final String actionId;

    FormInputs(String blockId, String actionId) {
        this.blockId = blockId;
        this.actionId = actionId;
    }

    public String blockId() {
        return blockId;
    }

    public String actionId() {
        return actionId;
    }
}
