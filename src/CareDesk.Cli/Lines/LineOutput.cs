using System.Text;

namespace CareDesk.Cli.Lines;

/// <summary>A JSON Lines output: a file (created or overwritten), or standard output when the path is "-" or omitted.</summary>
internal sealed class LineOutput : IAsyncDisposable
{
    private readonly bool _owned;

    private LineOutput(TextWriter writer, bool owned)
    {
        Writer = writer;
        _owned = owned;
    }

    public TextWriter Writer { get; }

    /// <summary>Creates the output, or reports why it cannot be written on stderr and returns null.</summary>
    public static LineOutput? Open(string? path, CliConsole console)
    {
        if (string.IsNullOrEmpty(path) || path == LineInput.StandardStream)
        {
            return new LineOutput(console.Out, owned: false);
        }

        try
        {
            return new LineOutput(new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)), owned: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine("error: cannot write output file '" + Path.GetFullPath(path) + "': " + exception.Message);
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_owned)
        {
            await Writer.DisposeAsync();
        }
        else
        {
            await Writer.FlushAsync();
        }
    }
}
