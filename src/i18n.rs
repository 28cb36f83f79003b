//! UI strings. Each catalogue entry is written as `key: "한국어", "English";`, so an entry
//! without both languages does not compile, and neither does an empty one (a const check).

use crate::data::Lang;

/// Declares a catalogue struct with a Korean and an English instance.
#[macro_export]
macro_rules! catalogue {
    ($(#[$m:meta])* $vis:vis struct $name:ident { $($field:ident : $ko:expr , $en:expr ;)+ }) => {
        $(#[$m])*
        $vis struct $name { $(pub $field: &'static str),+ }
        impl $name {
            pub const KO: $name = $name { $($field: $ko),+ };
            pub const EN: $name = $name { $($field: $en),+ };
            pub fn get(lang: $crate::data::Lang) -> &'static $name {
                match lang {
                    $crate::data::Lang::Ko => &Self::KO,
                    $crate::data::Lang::En => &Self::EN,
                }
            }
            /// Every entry as (key, Korean, English), for tests.
            #[allow(dead_code)]
            pub fn entries() -> Vec<(&'static str, &'static str, &'static str)> {
                vec![$((stringify!($field), $ko, $en)),+]
            }
        }
        // Every entry has text in both languages, or the crate does not compile.
        const _: () = {
            $(
                assert!(!$ko.trim_ascii().is_empty(), concat!(stringify!($name), ".", stringify!($field), ": Korean missing"));
                assert!(!$en.trim_ascii().is_empty(), concat!(stringify!($name), ".", stringify!($field), ": English missing"));
            )+
        };
    };
}

catalogue! {
    /// Strings of the app shell: header, navigation, footer, shared notes.
    pub struct Ui {
        site_title: "갈림길", "Crossroads";
        site_tagline: "한국 AI, 빅테크와 손잡을까 소버린 AI를 키울까", "Korea's AI: ally with Big Tech, or build its own?";
        preparing_view: "이 링크가 가리키는 화면을 준비하고 있습니다…", "Preparing the view this link points to…";
        skip_to_content: "본문으로 건너뛰기", "Skip to content";
        nav_label: "주요 메뉴", "Main";
        nav_home: "처음", "Home";
        nav_story: "이야기", "Story";
        nav_timeline: "타임라인", "Timeline";
        nav_companies: "기업", "Companies";
        nav_classroom: "교실", "Classroom";
        nav_glossary: "용어", "Glossary";
        nav_about: "소개", "About";
        lang_switch_label: "언어", "Language";
        lang_switch_to: "English", "한국어";
        lang_switch_title: "Read this page in English", "이 페이지를 한국어로 보기";
        theme_toggle: "어두운 화면", "Dark theme";
        footer_sources: "출처 기사", "Source articles";
        footer_note: "모든 사실은 아래 다섯 기사에서 가져왔고, 문장은 우리 말로 새로 썼습니다.", "Every fact comes from the five articles below; all prose is our own.";
        inferred: "추정", "inferred";
        ignored_title: "링크의 일부 값을 무시했습니다", "Some values in the link were ignored";
        not_found_title: "페이지를 찾을 수 없습니다", "Page not found";
        not_found_body: "주소가 바뀌었거나 잘못 입력된 것 같습니다. 아래에서 원하는 곳으로 가 보세요.", "The address may have changed or been mistyped. Try one of these instead:";
        open_full_site: "전체 사이트에서 열기", "Open the full site";
    }
}

pub fn ui(lang: Lang) -> &'static Ui {
    Ui::get(lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shell_names_the_sovereign_side_one_way() {
        for (key, ko, _) in Ui::entries() {
            for w in ["독자 AI", "자립", "홀로"] {
                assert!(
                    !ko.contains(w),
                    "{key}: calls the sovereign side `{w}`, not 소버린"
                );
            }
        }
    }
}
