use crate::app::use_site;
use crate::data::Lang;
use crate::state::route::View;
use crate::state::search::StanceNote;
use crate::state::stance_words::Why;
use leptos::prelude::*;

crate::catalogue! {
    /// Strings of the search's stance note.
    pub struct SearchNoteUi {
        glossary: "용어집에서 ‘{s}’ 입장을 부르는 이름이어서 그 입장의 사건도 함께 보여 줍니다", "the glossary's name for the stance “{s}”, so events with that stance are shown too";
        see: "용어집:", "see";
        label: "이 사이트에서 ‘{s}’ 입장을 부르는 이름이어서 그 입장의 사건도 함께 보여 줍니다", "this site's name for the stance “{s}”, so events with that stance are shown too";
        debate: "기사들이 ‘{s}’ 쪽을 가리켜 쓰는 말이어서 그 입장의 사건도 함께 보여 줍니다", "one of the articles' words for the stance “{s}”, so events with that stance are shown too";
        added: "그중 {n}건은 이 낱말 없이 입장으로만 찾았습니다.", "{n} of them are found through the stance alone.";
        added_one: "그중 1건은 이 낱말 없이 입장으로만 찾았습니다.", "One of them is found through the stance alone.";
    }
}

/// The result line's explanation when a search word names a stance of the debate
/// (`소버린`, `동맹`, `alliance` …): which stance, on whose authority, and what it added.
#[component]
pub fn SearchNote(
    /// One note per such word; nothing renders when empty.
    #[prop(into)]
    notes: Signal<Vec<StanceNote>>,
) -> impl IntoView {
    let site = use_site();
    // The status region is always there (empty without notes), so a note that appears
    // while the reader types is announced.
    view! {
        <div class="search-note" role="status">
            {move || {
                let l = site.lang.get();
                notes
                    .get()
                    .into_iter()
                    .map(|n| view! { <p class="search-note__text">{note(&n, l, site)}</p> })
                    .collect_view()
            }}
        </div>
    }
}

fn note(n: &StanceNote, l: Lang, site: crate::app::Site) -> impl IntoView {
    let t = SearchNoteUi::get(l);
    let stance = n.word.stance.label().get(l);
    let why = match n.word.why {
        Why::Glossary(_) => t.glossary,
        Why::Label => t.label,
        Why::Debate => t.debate,
    }
    .replace("{s}", stance);
    let link = match n.word.why {
        Why::Glossary(term) => {
            let href = site.href(View::Glossary, &[("term", term.id.to_string())]);
            Some(view! {
                " (" {t.see} " " <a href=href>{term.term.get(l)}</a> ")"
            })
        }
        _ => None,
    };
    // The word as its source writes it (`소버린 AI`), not as normalised from the box.
    let name = n.word.name;
    let typed_lang = if name.is_ascii() { "en" } else { "ko" };
    let added = match n.added {
        0 => String::new(),
        1 => format!(" {}", t.added_one),
        k => format!(" {}", t.added.replace("{n}", &k.to_string())),
    };
    let open = if l == Lang::Ko { "‘" } else { "“" };
    let close = if l == Lang::Ko { "’" } else { "”" };
    view! {
        {open} <span lang=typed_lang>{name}</span> {close} ": "
        {why} {link} "." {added}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stance_notes_name_their_placeholders() {
        for t in [SearchNoteUi::KO, SearchNoteUi::EN] {
            for s in [t.glossary, t.label, t.debate] {
                assert!(s.contains("{s}"), "{s} names the stance");
            }
            assert!(t.added.contains("{n}"));
        }
    }
}
