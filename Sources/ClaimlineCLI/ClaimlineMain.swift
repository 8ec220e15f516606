import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif

/// Entry point: runs the command and maps usage errors to exit status 2.
public enum ClaimlineMain {
    public static func main(_ arguments: [String]? = nil) {
        // Write errors (a closed pipe, a file size limit) are reported, not fatal signals.
        signal(SIGPIPE, SIG_IGN)
        signal(SIGXFSZ, SIG_IGN)
        do {
            var command = try Claimline.parseAsRoot(arguments)
            try command.run()
        } catch {
            let code = Claimline.exitCode(for: error)
            if code == .validationFailure {
                FileOutput.stderr(Claimline.fullMessage(for: error) + "\n")
                exit(2)
            }
            Claimline.exit(withError: error)
        }
    }
}
