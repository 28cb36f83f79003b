use crate::app::use_site;
use crate::i18n::ui;
use leptos::prelude::*;

/// A short, polite note listing link values that were ignored (unknown ids, bad dates …).
/// Values are rendered as text, never as HTML.
#[component]
pub fn IgnoredNote(
    /// The ignored `key=value` strings; nothing renders when empty.
    #[prop(into)]
    ignored: Signal<Vec<String>>,
) -> impl IntoView {
    let site = use_site();
    view! {
        <Show when=move || !ignored.with(Vec::is_empty)>
            <aside class="ignored-note" role="status" aria-live="polite">
                <strong>{move || ui(site.lang.get()).ignored_title}</strong>
                ": "
                <ul class="ignored-note__list">
                    <For each=move || ignored.get() key=|s| s.clone() let:item>
                        <li><code>{item}</code></li>
                    </For>
                </ul>
            </aside>
        </Show>
    }
}
