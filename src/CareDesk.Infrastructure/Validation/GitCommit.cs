using System.Diagnostics;

namespace CareDesk.Infrastructure.Validation;

/// <summary>The commit a validation run built, as git reports it, or "unknown" outside a git checkout.</summary>
public static class GitCommit
{
    public static string Resolve(string workingDirectory)
    {
        try
        {
            var start = new ProcessStartInfo("git", "rev-parse HEAD") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
            using var git = Process.Start(start);
            if (git is null)
            {
                return "unknown";
            }

            var output = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 && output.Length > 0 ? output : "unknown";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }
}
