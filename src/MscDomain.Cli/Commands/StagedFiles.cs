using MscDomain.IO;

namespace MscDomain.Cli.Commands;

/// <summary>
/// Writes several output files as one step: every file goes to a temporary file beside its destination first
/// (<see cref="AtomicFile.NewTempPath"/>), and only when all are written are they renamed into place; on failure the
/// temporary files are removed and no output changes.
/// </summary>
internal static class StagedFiles
{
    public static void WriteAll(IReadOnlyList<(string Path, byte[] Bytes)> files)
    {
        var staged = new List<(string Temp, string Full)>();
        try
        {
            foreach (var (path, bytes) in files)
            {
                var full = Path.GetFullPath(path);
                var temp = AtomicFile.NewTempPath(Path.GetDirectoryName(full) ?? ".");
                staged.Add((temp, full));
                using var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None);
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            foreach (var (temp, full) in staged)
            {
                AtomicFile.Commit(temp, full);
            }
        }
        finally
        {
            foreach (var (temp, _) in staged)
            {
                AtomicFile.Discard(temp);
            }
        }
    }
}
