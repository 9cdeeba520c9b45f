// mimalloc: the loader and the site allocate many small strings on every core; glibc's malloc
// was a fifth of `okrs site`'s time on long histories.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    okrs::cli::main()
}
