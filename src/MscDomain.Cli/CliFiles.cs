using System.Runtime.InteropServices;
using MscDomain.Common;
using MscDomain.IO;

namespace MscDomain.Cli;

/// <summary>
/// Checks a command's files before anything is read: every input exists and can be opened; every output's folder exists,
/// is a folder and is writable; no output is the same file as an input (by resolved path and by file identity, so hard
/// links and symbolic links are caught); and leftovers of killed runs are swept from the output folders.
/// </summary>
internal static class CliFiles
{
    /// <summary>Runs the checks.</summary>
    /// <param name="command">The command.</param>
    /// <param name="values">The options given (name, value).</param>
    /// <param name="positional">The positional arguments.</param>
    /// <exception cref="CliUsageException">An empty path, or one output named twice.</exception>
    /// <exception cref="CliFileException">An input cannot be read, an output cannot be written, or an output is an input.</exception>
    public static void Check(ICliCommand command, IReadOnlyList<KeyValuePair<string, string?>> values, IReadOnlyList<string> positional)
    {
        var paths = new List<(string Label, string Path, CliPathRole Role)>();
        foreach (var (name, value) in values)
        {
            var role = command.Options.First(o => o.Name == name).Role;
            if (role != CliPathRole.None && value is not null)
            {
                paths.Add(($"--{name}", value, role));
            }
        }

        if (command.Positional is { Role: not CliPathRole.None } p)
        {
            paths.AddRange(positional.Select(v => (p.Name, v, p.Role)));
        }

        foreach (var (label, path, _) in paths)
        {
            if (string.IsNullOrWhiteSpace(path))
            {
                throw new CliUsageException($"{label}: the path is empty.");
            }
        }

        var inputs = new List<(string Label, string Path)>();
        foreach (var (label, path, role) in paths)
        {
            if (role == CliPathRole.InputFile)
            {
                CheckInputFile(path);
                inputs.Add((label, path));
            }
            else if (role == CliPathRole.InputDirectory)
            {
                if (!Directory.Exists(path))
                {
                    throw Error(DataIssueCodes.FileUnreadable, path, File.Exists(path) ? "cannot read: it is a file, not a folder." : "cannot read: the folder does not exist.");
                }

                inputs.AddRange(Directory.EnumerateFiles(path).Select(f => (label, f)));
            }
        }

        var outputs = new List<string>();
        foreach (var (label, path, role) in paths)
        {
            if (role == CliPathRole.OutputFile)
            {
                CheckOutputFile(label, path, inputs);
                var full = Path.GetFullPath(path);
                if (outputs.Contains(full))
                {
                    throw new CliUsageException($"the output '{path}' is named twice.");
                }

                outputs.Add(full);
            }
            else if (role == CliPathRole.OutputDirectory)
            {
                CheckOutputDirectory(path, inputs);
            }
        }
    }

    /// <summary>A file error as the library's one-line issue: <c>path: error MSC05xx: 'path': rule</c>.</summary>
    internal static CliFileException Error(string code, string path, string rule, Exception? inner = null) =>
        new(DataIssue.Error(code, new SourceLocation(path), path, rule).ToString(), inner);

    private static void CheckInputFile(string path)
    {
        if (Directory.Exists(path))
        {
            throw Error(DataIssueCodes.FileUnreadable, path, "cannot read: it is a folder, not a file.");
        }

        if (!File.Exists(path))
        {
            throw Error(DataIssueCodes.FileUnreadable, path, "cannot read: the file does not exist.");
        }

        try
        {
            using var _ = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Error(DataIssueCodes.FileUnreadable, path, $"cannot read: {e.Message}", e);
        }
    }

    private static void CheckOutputFile(string label, string path, IReadOnlyList<(string Label, string Path)> inputs)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw Error(DataIssueCodes.OutputUnwritable, path, "cannot write: it is a folder, not a file.");
        }

        foreach (var (inputLabel, input) in inputs)
        {
            if (SameFile(input, full))
            {
                throw Error(DataIssueCodes.OutputIsInput, path, $"refusing to write {label}: it is the same file as the input {inputLabel} '{input}'; an input is never overwritten.");
            }
        }

        CheckWritableFolder(path, Path.GetDirectoryName(full) ?? ".");
    }

    private static void CheckOutputDirectory(string path, IReadOnlyList<(string Label, string Path)> inputs)
    {
        var full = Path.GetFullPath(path);
        if (File.Exists(full))
        {
            throw Error(DataIssueCodes.OutputUnwritable, path, "cannot write into it: it is a file, not a folder.");
        }

        if (Directory.Exists(full))
        {
            foreach (var (inputLabel, input) in inputs)
            {
                var inside = Directory.EnumerateFiles(full).Any(f => SameFile(f, input));
                if (inside)
                {
                    throw Error(DataIssueCodes.OutputIsInput, path, $"refusing to write into it: it holds the input {inputLabel} '{input}'; an input is never overwritten.");
                }
            }
        }

        CheckWritableFolder(path, Path.GetDirectoryName(full.TrimEnd(Path.DirectorySeparatorChar)) ?? ".");
    }

    private static void CheckWritableFolder(string path, string folder)
    {
        if (File.Exists(folder))
        {
            throw Error(DataIssueCodes.OutputUnwritable, path, $"cannot write: '{folder}' is a file, not a folder.");
        }

        if (!Directory.Exists(folder))
        {
            throw Error(DataIssueCodes.OutputUnwritable, path, $"cannot write: the folder '{folder}' does not exist.");
        }

        AtomicFile.SweepLeftovers(folder);
        var probe = AtomicFile.NewTempPath(folder);
        try
        {
            using var _ = new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Error(DataIssueCodes.OutputUnwritable, path, AtomicFile.Failed(path, probe, e).Message.Replace($"cannot write '{path}': ", "cannot write: ", StringComparison.Ordinal), e);
        }
        finally
        {
            AtomicFile.Discard(probe);
        }
    }

    /// <summary>Whether two paths name the same file: equal after resolving symbolic links, or (on Linux) the same device
    /// and inode, which also catches hard links.</summary>
    /// <param name="a">A path.</param>
    /// <param name="b">Another path.</param>
    /// <returns>True when writing <paramref name="b"/> would change <paramref name="a"/>.</returns>
    internal static bool SameFile(string a, string b)
    {
        if (!File.Exists(a) || !File.Exists(b))
        {
            return string.Equals(Resolve(a), Resolve(b), OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        }

        if (Identity(a) is { } ia && Identity(b) is { } ib)
        {
            return ia == ib;
        }

        return string.Equals(Resolve(a), Resolve(b), OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }

    private static string Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            if (new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true) is { } target)
            {
                return Path.GetFullPath(target.FullName);
            }

            var dir = Path.GetDirectoryName(full);
            if (dir is not null && new DirectoryInfo(dir).ResolveLinkTarget(returnFinalTarget: true) is { } d)
            {
                return Path.Combine(d.FullName, Path.GetFileName(full));
            }
        }
        catch (IOException)
        {
        }

        return full;
    }

    /// <summary>(device, inode) from Linux <c>statx</c>, whose structure layout is the same on every architecture; null
    /// elsewhere or on failure.</summary>
    private static (uint Major, uint Minor, ulong Inode)? Identity(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            var buffer = new byte[256];
            if (Statx(-100, path, 0, 0x100 /* STATX_INO */, buffer) != 0)
            {
                return null;
            }

            return (BitConverter.ToUInt32(buffer, 136), BitConverter.ToUInt32(buffer, 140), BitConverter.ToUInt64(buffer, 32));
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
#pragma warning disable CA2101, CA5392, SYSLIB1054 // plain ASCII/UTF-8 path; libc only; DllImport keeps the file free of unsafe code
    private static extern int Statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);
#pragma warning restore CA2101, CA5392, SYSLIB1054
}
