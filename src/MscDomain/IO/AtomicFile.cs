using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;

namespace MscDomain.IO;

/// <summary>
/// The one write-to-temporary-then-rename helper of every MscDomain package (core, Tabular, Plotting, the tool): each output
/// is written to a recognisably named temporary file in the destination folder (<c>.mscdomain-tmp-&lt;pid&gt;-&lt;guid&gt;</c>),
/// flushed, and renamed over the destination only when complete. A failure deletes the temporary file, so the destination is
/// either the complete new file or the previous file, byte for byte. Temporary files of this process are tracked, so a
/// signal handler can delete them (<see cref="DeletePending"/>); leftovers of a killed process are swept by the next run
/// (<see cref="SweepLeftovers"/>).
/// </summary>
internal static class AtomicFile
{
    /// <summary>The prefix of every temporary file or folder.</summary>
    public const string TempPrefix = ".mscdomain-tmp-";

    private static readonly UTF8Encoding Utf8NoBom = new(false);
    private static readonly ConcurrentDictionary<string, byte> Pending = new(StringComparer.Ordinal);
    private static readonly Lock MoveLock = new();

    /// <summary>A new temporary path in <paramref name="directory"/>, tracked until committed or discarded.</summary>
    /// <param name="directory">The destination folder.</param>
    /// <returns>The temporary path (not yet created).</returns>
    public static string NewTempPath(string directory)
    {
        var temp = Path.Combine(directory, $"{TempPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}");
        Pending[temp] = 0;
        return temp;
    }

    /// <summary>Writes <paramref name="path"/> through a temporary file: <paramref name="write"/> fills the stream, which is
    /// flushed to disk and renamed over <paramref name="path"/>.</summary>
    /// <param name="path">The destination file.</param>
    /// <param name="write">Writes the content.</param>
    /// <exception cref="IOException">The folder is missing, read-only, full, or the rename fails; the destination is unchanged.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(path);
        var temp = NewTempPath(Path.GetDirectoryName(full) ?? ".");
        try
        {
            try
            {
                using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
                {
                    write(stream);
                    stream.Flush(flushToDisk: true);
                }

                Commit(temp, full);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw Failed(path, temp, e);
            }
        }
        finally
        {
            Discard(temp);
        }
    }

    /// <summary>Writes UTF-8 text (no BOM) through a <see cref="TextWriter"/>; see <see cref="Write(string, Action{Stream})"/>.</summary>
    /// <param name="path">The destination file.</param>
    /// <param name="write">Writes the text.</param>
    /// <exception cref="IOException">The file cannot be written; the destination is unchanged.</exception>
    public static void WriteText(string path, Action<TextWriter> write) => Write(path, stream =>
    {
        using var writer = new StreamWriter(stream, Utf8NoBom, 1 << 16, leaveOpen: true);
        write(writer);
        writer.Flush();
    });

    /// <summary>Writes <paramref name="text"/> as UTF-8 (no BOM).</summary>
    /// <param name="path">The destination file.</param>
    /// <param name="text">The content.</param>
    /// <exception cref="IOException">The file cannot be written; the destination is unchanged.</exception>
    public static void WriteAllText(string path, string text) => WriteText(path, w => w.Write(text));

    /// <summary>Writes <paramref name="bytes"/>.</summary>
    /// <param name="path">The destination file.</param>
    /// <param name="bytes">The content.</param>
    /// <exception cref="IOException">The file cannot be written; the destination is unchanged.</exception>
    public static void WriteAllBytes(string path, byte[] bytes) => Write(path, s => s.Write(bytes));

    /// <summary>An <see cref="IOException"/> naming the destination (not the temporary file) and the system's reason.</summary>
    /// <param name="path">The destination as given.</param>
    /// <param name="temp">The temporary file.</param>
    /// <param name="e">The failure.</param>
    /// <returns>The exception to throw.</returns>
    public static IOException Failed(string path, string temp, Exception e)
    {
        var reason = e.Message.Replace($" : '{temp}'", string.Empty, StringComparison.Ordinal)
            .Replace($"'{temp}'", $"'{Path.GetDirectoryName(temp)}'", StringComparison.Ordinal);
        return new IOException($"cannot write '{path}': {reason}", e);
    }

    /// <summary>Renames a complete temporary file over its destination and stops tracking it.</summary>
    /// <param name="temp">A path from <see cref="NewTempPath"/>.</param>
    /// <param name="destination">The destination file.</param>
    public static void Commit(string temp, string destination)
    {
        lock (MoveLock)
        {
            File.Move(temp, destination, overwrite: true);
            Pending.TryRemove(temp, out _);
        }
    }

    /// <summary>Deletes a temporary file or folder if it still exists and stops tracking it; never throws.</summary>
    /// <param name="temp">A path from <see cref="NewTempPath"/>.</param>
    public static void Discard(string temp)
    {
        lock (MoveLock)
        {
            DeleteQuietly(temp);
            Pending.TryRemove(temp, out _);
        }
    }

    /// <summary>Deletes every temporary file or folder of this process not yet committed (for SIGINT/SIGTERM handlers).</summary>
    /// <param name="directory">Only those in this folder; null for all.</param>
    /// <returns>How many were deleted.</returns>
    public static int DeletePending(string? directory = null)
    {
        lock (MoveLock)
        {
            var n = 0;
            foreach (var temp in Pending.Keys.Where(t => directory is null || Path.GetDirectoryName(t) == Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar)))
            {
                n += DeleteQuietly(temp) ? 1 : 0;
                Pending.TryRemove(temp, out _);
            }

            return n;
        }
    }

    /// <summary>Deletes the temporary files and folders in <paramref name="directory"/> left by MscDomain processes that are
    /// no longer running (killed before they could clean up). Files of running processes, and anything not named
    /// <c>.mscdomain-tmp-&lt;pid&gt;-…</c>, are left alone.</summary>
    /// <param name="directory">The folder to sweep.</param>
    /// <returns>How many leftovers were deleted.</returns>
    public static int SweepLeftovers(string directory)
    {
        var n = 0;
        try
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(directory, TempPrefix + "*"))
            {
                var rest = Path.GetFileName(entry)[TempPrefix.Length..];
                var dash = rest.IndexOf('-', StringComparison.Ordinal);
                if (dash > 0 && int.TryParse(rest[..dash], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var pid)
                    && pid != Environment.ProcessId && !IsRunning(pid))
                {
                    n += DeleteQuietly(entry) ? 1 : 0;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Sweeping is best effort: a folder we cannot list is reported by the write itself.
        }

        return n;
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var p = Process.GetProcessById(pid);
            return !p.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static bool DeleteQuietly(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
                return true;
            }

            if (File.Exists(path))
            {
                File.Delete(path);
                return true;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort; the name marks it as a leftover for the next run's sweep.
        }

        return false;
    }
}
