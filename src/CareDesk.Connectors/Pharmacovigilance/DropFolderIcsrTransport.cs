using CareDesk.Application.Pharmacovigilance.Delivery;
using CareDesk.Domain.Pharmacovigilance.Delivery;
using Microsoft.Extensions.Options;

namespace CareDesk.Connectors.Pharmacovigilance;

/// <summary>
/// Writes "{message id}.xml" into the folder an SFTP/AS2 gateway picks up (SFTP itself needs a package we do not
/// have). The file is written under a dot-name and renamed, so the gateway never takes half a file; a retry after a
/// crash finds the same file and succeeds without a second copy.
/// </summary>
internal sealed class DropFolderIcsrTransport(IOptions<IcsrDropFolderOptions> options) : IIcsrTransport
{
    public IcsrTransportKind Kind => IcsrTransportKind.DropFolder;

    public async Task<string> SendAsync(IcsrEnvelope envelope, CancellationToken cancellationToken)
    {
        var folder = options.Value.Path ?? throw new InvalidOperationException($"{IcsrDropFolderOptions.SectionName}:Path is not set.");
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The PV drop folder '{folder}' does not exist.");
        }

        var target = Path.Combine(folder, envelope.FileName);
        var partial = Path.Combine(folder, "." + envelope.FileName + ".part");
        await File.WriteAllTextAsync(partial, envelope.Xml, new System.Text.UTF8Encoding(false), cancellationToken);
        File.Move(partial, target, overwrite: true);
        return target;
    }
}
