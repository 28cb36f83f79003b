fn main() {
    crossroads::start();
}
