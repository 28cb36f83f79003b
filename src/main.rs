fn main() {
    // The timeline's pre-filter build runs only that (see src/pages/timeline/prefilter.rs).
    #[cfg(feature = "prefilter")]
    crossroads::pages::timeline::prefilter::run();
    #[cfg(not(feature = "prefilter"))]
    crossroads::start();
}
