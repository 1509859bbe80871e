using System.Text;
using MscDomain.IO;

namespace MscDomain.Cli.Commands;

/// <summary>All-or-nothing output: every file is written to a temporary file in its destination folder
/// (<see cref="AtomicFile"/>) and moved into place only by <see cref="Commit"/>, after every output succeeded;
/// <see cref="Dispose"/> deletes what was not committed.</summary>
internal sealed class ProgressionOutputFiles : IDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(false);
    private readonly List<(string Temp, string Final)> _files = [];

    /// <summary>Writes one text output to its temporary file.</summary>
    /// <param name="path">The destination as given by the user.</param>
    /// <param name="write">Writes the content.</param>
    public void Write(string path, Action<TextWriter> write) => WriteStream(path, stream =>
    {
        using var writer = new StreamWriter(stream, Utf8NoBom, 1 << 16, leaveOpen: true);
        write(writer);
        writer.Flush();
    });

    /// <summary>Writes one output to its temporary file through a stream.</summary>
    /// <param name="path">The destination as given by the user.</param>
    /// <param name="write">Writes the content.</param>
    public void WriteStream(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        if (_files.Any(f => f.Final == full))
        {
            throw new CliUsageException($"the output file '{path}' is named twice.");
        }

        var temp = AtomicFile.NewTempPath(Path.GetDirectoryName(full) ?? ".");
        _files.Add((temp, full));
        try
        {
            using var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
            write(stream);
            stream.Flush(flushToDisk: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw AtomicFile.Failed(path, temp, e);
        }
    }

    /// <summary>Moves every temporary file to its destination (overwriting).</summary>
    public void Commit()
    {
        foreach (var (temp, final) in _files)
        {
            AtomicFile.Commit(temp, final);
        }

        _files.Clear();
    }

    /// <summary>Deletes uncommitted temporary files.</summary>
    public void Dispose()
    {
        foreach (var (temp, _) in _files)
        {
            AtomicFile.Discard(temp);
        }

        _files.Clear();
    }
}
