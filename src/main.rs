fn main() -> std::process::ExitCode {
    okrs::cli::main()
}
