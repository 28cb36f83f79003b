//! Reusable pieces of the page, one component per file.

pub mod article_line;
pub mod company_card;
pub mod event_card;
pub mod event_link;
pub mod evidence_list;
pub mod fold;
pub mod footer;
pub mod header;
pub mod highlight;
pub mod ignored_note;
pub mod money_chart;
pub mod needs_app;
pub mod network_graph;
pub mod org_link;
pub mod placement;
pub mod print_footer;
pub mod qr;
pub mod quote_card;
pub mod search_note;
pub mod share;
pub mod source_line;
pub mod source_list;
pub mod stance_badge;
pub mod story_step;
pub mod term;
pub mod time_axis;
