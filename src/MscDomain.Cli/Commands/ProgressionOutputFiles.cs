using System.Text;
using MscDomain.Tabular;

namespace MscDomain.Cli.Commands;

/// <summary>All-or-nothing output: every file is written to a temporary file next to its destination and moved into
/// place only by <see cref="Commit"/>, after every output succeeded; <see cref="Dispose"/> deletes what was not committed.</summary>
internal sealed class ProgressionOutputFiles : IDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(false);
    private readonly List<(string Temp, string Final)> _files = [];

    /// <summary>Writes one output to its temporary file.</summary>
    /// <param name="path">The destination as given by the user.</param>
    /// <param name="write">Writes the content.</param>
    public void Write(string path, Action<TextWriter> write)
    {
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(dir))
        {
            throw new TabularInputException(path, null, null, $"cannot write the output: directory '{dir}' does not exist.");
        }

        if (_files.Any(f => f.Final == full))
        {
            throw new CliUsageException($"the output file '{path}' is named twice.");
        }

        var temp = Path.Combine(dir, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        _files.Add((temp, full));
        using var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        using var writer = new StreamWriter(stream, Utf8NoBom, 1 << 16);
        write(writer);
    }

    /// <summary>Moves every temporary file to its destination (overwriting).</summary>
    public void Commit()
    {
        foreach (var (temp, final) in _files)
        {
            File.Move(temp, final, overwrite: true);
        }

        _files.Clear();
    }

    /// <summary>Deletes uncommitted temporary files.</summary>
    public void Dispose()
    {
        foreach (var (temp, _) in _files)
        {
            try
            {
                File.Delete(temp);
            }
            catch (IOException)
            {
                // Best effort: a leftover temporary file is hidden and never a partial result under the final name.
            }
        }

        _files.Clear();
    }
}
