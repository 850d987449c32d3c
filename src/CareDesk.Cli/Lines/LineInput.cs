using System.Runtime.CompilerServices;
using System.Text;

namespace CareDesk.Cli.Lines;

/// <summary>A JSON Lines input: a file, or standard input when the path is "-". Yields non-blank lines with their 1-based numbers.</summary>
internal sealed class LineInput : IDisposable
{
    public const string StandardStream = "-";

    private readonly TextReader _reader;
    private readonly bool _owned;

    private LineInput(TextReader reader, bool owned)
    {
        _reader = reader;
        _owned = owned;
    }

    /// <summary>Opens the input, or reports the missing file on stderr and returns null.</summary>
    public static LineInput? Open(string path, CliConsole console)
    {
        if (path == StandardStream)
        {
            return new LineInput(console.In, owned: false);
        }

        if (!File.Exists(path))
        {
            console.Error.WriteLine("error: input file '" + Path.GetFullPath(path) + "' does not exist.");
            return null;
        }

        return new LineInput(new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true), owned: true);
    }

    public async IAsyncEnumerable<(int Number, string Text)> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var number = 0;
        while (await _reader.ReadLineAsync(cancellationToken) is { } line)
        {
            number++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return (number, line);
            }
        }
    }

    public void Dispose()
    {
        if (_owned)
        {
            _reader.Dispose();
        }
    }
}
