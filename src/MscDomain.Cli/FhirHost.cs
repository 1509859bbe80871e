using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;

namespace MscDomain.Cli;

/// <summary>
/// The FHIR commands (<c>export-fhir</c>, <c>import-fhir</c>) of a Native AOT build. The Firely SDK (Hl7.Fhir 6.8) builds
/// its property accessors with <c>System.Reflection.Emit.DynamicMethod</c>, which Native AOT cannot run (its model
/// inspector's type initializer throws <see cref="PlatformNotSupportedException"/>), so the AOT package carries the same
/// tool as a framework-dependent build in <c>jit/</c> and runs these two commands there, with the same arguments,
/// standard streams and exit code. Every other command runs natively. A dotnet tool is installed with the .NET SDK,
/// so <c>dotnet</c> is there to run it. See the CLI project file for why linux-x64 is Native AOT.
/// </summary>
internal static class FhirHost
{
    private const string Switch = "MscDomain.Cli.InProcessFhir";

    /// <summary>The command line of this process (set by Program), forwarded verbatim to the JIT build.</summary>
    internal static string[]? ProcessArgs { get; set; }

    /// <summary>True (the default) when the FHIR commands run in this process; false in the Native AOT package, where
    /// the build sets the switch so that the compiler drops the Firely SDK from the native executable.</summary>
    [FeatureSwitchDefinition(Switch)]
    internal static bool InProcess => !AppContext.TryGetSwitch(Switch, out var on) || on;

    /// <summary>Runs this process's command line with the framework-dependent build next to the executable.</summary>
    /// <param name="stdout">Standard output (flushed before the child writes to the same stream).</param>
    /// <param name="stderr">Standard error (flushed likewise).</param>
    /// <returns>The child's exit code.</returns>
    internal static int RunInJitBuild(TextWriter stdout, TextWriter stderr)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "jit", "MscDomain.Cli.dll");
        if (!File.Exists(dll))
        {
            throw new CliFileException($"cannot run the FHIR commands: '{dll}' is missing from the tool's installation; reinstall the tool.");
        }

        var dotnet = FindDotnet() ?? throw new CliFileException(
            "cannot run the FHIR commands: they need the .NET runtime ('dotnet' on PATH or DOTNET_ROOT), which runs the tool's FHIR part.");
        stdout.Flush();
        stderr.Flush();
        var start = new ProcessStartInfo(dotnet) { UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (var a in ProcessArgs ?? [])
        {
            start.ArgumentList.Add(a);
        }

        using var child = Process.Start(start) ?? throw new CliFileException($"cannot start '{dotnet}'.");
        child.WaitForExit();
        return child.ExitCode;
    }

    private static string? FindDotnet()
    {
        var exe = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        IEnumerable<string?> candidates =
        [
            Environment.GetEnvironmentVariable("DOTNET_HOST_PATH"),
            Environment.GetEnvironmentVariable("DOTNET_ROOT") is { Length: > 0 } root ? Path.Combine(root, exe) : null,
            .. (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Select(d => Path.Combine(d, exe)),
            "/usr/share/dotnet/dotnet", "/usr/lib/dotnet/dotnet", "/usr/local/share/dotnet/dotnet",
            Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet", exe),
        ];
        return candidates.FirstOrDefault(c => !string.IsNullOrEmpty(c) && File.Exists(c));
    }
}
