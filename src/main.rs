// Linting and history replay allocate many small strings on every core; mimalloc's per-thread
// heaps take a fifth off `okrs lint` and `okrs site` (bench/). Without transparent huge pages
// (`no_thp`) its footprint stays that of the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    okrs::cli::main()
}
