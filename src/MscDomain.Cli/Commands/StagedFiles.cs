namespace MscDomain.Cli.Commands;

/// <summary>
/// Writes several output files as one step: every file goes to a temporary file beside its destination first, and only
/// when all are written are they renamed into place; on failure the temporary files are removed and no output changes.
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
                var temp = Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N") + ".tmp");
                staged.Add((temp, full));
                File.WriteAllBytes(temp, bytes);
            }

            foreach (var (temp, full) in staged)
            {
                File.Move(temp, full, overwrite: true);
            }
        }
        finally
        {
            foreach (var (temp, _) in staged)
            {
                if (File.Exists(temp))
                {
                    File.Delete(temp);
                }
            }
        }
    }
}
