fn main() {
    yew::Renderer::<jiujiang_app::App>::new().render();
}
