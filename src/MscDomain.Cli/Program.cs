using System.Runtime.InteropServices;
using MscDomain.Cli;
using MscDomain.IO;

// SIGINT (Ctrl+C) and SIGTERM: delete this run's temporary files, leave every output as it was, exit 130.
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Interrupted);
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Interrupted);
FhirHost.ProcessArgs = args;
return CliApp.Run(args, Console.Out, Console.Error);

static void Interrupted(PosixSignalContext context)
{
    context.Cancel = true;
    AtomicFile.DeletePending();
    Console.Error.WriteLine("mscdomain: interrupted; temporary files removed, no output changed.");
    Environment.Exit(CliExitCodes.Interrupted);
}
