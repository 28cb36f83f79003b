//! The timeline's shared state: one small `Copy` handle that every part of the page gets as a
//! prop. The URL is the single source of truth: the filters are a memo parsed from the query
//! string, the outcome a memo over the fact base and the filters; changes navigate.

use super::{TimelineUi, SEARCH_DEBOUNCE};
use crate::app::Site;
use crate::data::{Date, Lang, EVENTS};
use crate::state::facets::{evaluate, Outcome};
use crate::state::filters::{self, collapse_spaces, Filters};
use crate::state::params::Ignored;
use crate::state::route::View;
use crate::state::search::{fact_index, words, Word};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

#[derive(Clone, Copy)]
pub(super) struct Timeline {
    pub site: Site,
    pub lang: Memo<Lang>,
    pub filters: Memo<Filters>,
    pub ignored: Memo<Vec<Ignored>>,
    pub outcome: Memo<Outcome>,
    /// The search's words, marked in the results.
    pub marks: Memo<Vec<Word>>,
    /// The event a link points at (`event=`), if any.
    pub target: Memo<Option<String>>,
    /// How many filters are active (one per chip).
    pub active: Memo<usize>,
    go: Callback<(Filters, bool)>,
    /// What the reader has typed in the search box; the URL follows after a pause.
    pub text: StoredValue<String>,
    pending: StoredValue<Option<TimeoutHandle>>,
    /// The result count, where focus goes when the chip or control it was on disappears.
    pub count_ref: NodeRef<leptos::html::P>,
}

impl Timeline {
    pub fn new(site: Site) -> Self {
        let parsed = Memo::new(move |_| filters::parse(&site.search.get()));
        let filters = Memo::new(move |_| parsed.with(|p| p.0.clone()));
        let ignored = Memo::new(move |_| parsed.with(|p| p.1.clone()));
        let outcome = Memo::new(move |_| filters.with(|f| evaluate(EVENTS, fact_index(), f)));
        let navigate = use_navigate();
        let go = Callback::new(move |(f, replace): (Filters, bool)| {
            let href = site.href(View::Timeline, &f.to_query());
            navigate(
                &href,
                NavigateOptions {
                    resolve: false,
                    replace,
                    scroll: false,
                    ..Default::default()
                },
            );
        });
        Self {
            site,
            lang: site.lang,
            filters,
            ignored,
            outcome,
            marks: Memo::new(move |_| filters.with(|f| words(&f.q))),
            target: Memo::new(move |_| filters.with(|f| f.event.clone())),
            active: Memo::new(move |_| filters.with(|f| f.chips().len())),
            go,
            text: StoredValue::new(filters.get_untracked().q),
            pending: StoredValue::new(None),
            count_ref: NodeRef::new(),
        }
    }

    /// The strings in the current language.
    pub fn t(&self) -> &'static TimelineUi {
        TimelineUi::get(self.lang.get())
    }

    /// The strings in the current language, for event handlers.
    pub fn t_untracked(&self) -> &'static TimelineUi {
        TimelineUi::get(self.lang.get_untracked())
    }

    /// A link to the timeline with these filters.
    pub fn href(&self, f: &Filters) -> String {
        self.site.href(View::Timeline, &f.to_query())
    }

    /// Whether search text is still waiting to be written to the URL.
    pub fn search_pending(&self) -> bool {
        self.pending.with_value(Option::is_some)
    }

    fn cancel_pending(&self) {
        if let Some(h) = self.pending.get_value() {
            h.clear();
        }
        self.pending.set_value(None);
    }

    /// A filter change is a new history entry. It carries any search text still waiting to
    /// be written, and drops the event target (a link's landing point, not a filter).
    pub fn change(&self, edit: impl Fn(&mut Filters)) {
        self.cancel_pending();
        let mut f = self.filters.get_untracked();
        f.q = collapse_spaces(&self.text.get_value());
        f.event = None;
        edit(&mut f);
        if f != self.filters.get_untracked() {
            self.go.run((f, false));
        }
    }

    /// Set the dates picked on the time axis. Dragging adds a history entry; a handle moved
    /// with the keyboard replaces it (one entry per key press would bury the back button).
    pub fn set_dates(&self, from: Option<Date>, to: Option<Date>, replace: bool) {
        self.cancel_pending();
        let mut f = self.filters.get_untracked();
        f.q = collapse_spaces(&self.text.get_value());
        f.event = None;
        (f.from, f.to) = (from, to);
        if f != self.filters.get_untracked() {
            self.go.run((f, replace));
        }
    }

    /// These filters pointing at one event; an event outside the dates picked is opened
    /// without them (the other filters stay: it passes those).
    pub fn opening(f: &Filters, id: &str, outside_dates: bool) -> Filters {
        let mut f = f.clone();
        f.event = Some(id.to_string());
        if outside_dates {
            (f.from, f.to) = (None, None);
        }
        f
    }

    /// Open one event in the list (`event=`), as its link would.
    pub fn open(&self, id: &str, outside_dates: bool) {
        self.cancel_pending();
        let mut f = Self::opening(&self.filters.get_untracked(), id, outside_dates);
        f.q = collapse_spaces(&self.text.get_value());
        self.go.run((f, false));
    }

    /// Write the search text to the URL now, replacing the history entry (typing adds none).
    pub fn write_search(&self) {
        self.cancel_pending();
        let q = collapse_spaces(&self.text.get_value());
        let current = self.filters.get_untracked();
        if q != current.q {
            let mut f = current;
            f.q = q;
            f.event = None;
            self.go.run((f, true));
        }
    }

    /// The reader typed: keep the text, write it to the URL after a pause.
    pub fn type_search(&self, value: String) {
        self.text.set_value(value);
        self.cancel_pending();
        let tl = *self;
        let handle = set_timeout_with_handle(move || tl.write_search(), SEARCH_DEBOUNCE).ok();
        self.pending.set_value(handle);
    }

    /// Focus the result count (after the focused control went away).
    pub fn focus_count_now(&self) {
        if let Some(p) = self.count_ref.get_untracked() {
            let _ = p.focus();
        }
    }

    /// Focus the result count once the page has redrawn.
    pub fn focus_count(&self) {
        let tl = *self;
        request_animation_frame(move || tl.focus_count_now());
    }
}
