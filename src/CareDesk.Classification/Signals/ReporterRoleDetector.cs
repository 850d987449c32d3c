using System.Text.RegularExpressions;

namespace CareDesk.Classification.Signals;

/// <summary>
/// Hints who wrote a post: a healthcare professional ("as a pharmacist", "my patients", "I prescribe", "Dr. Lee here",
/// "Jane Smith, RN"), a caregiver ("my son takes ..."), a patient (first-person use) or Unknown. A stronger role wins
/// when several cues occur: an HCP talking about "my patients" may also say "I".
/// </summary>
public static class ReporterRoleDetector
{
    public static ReporterRole Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return First(text, ReporterKind.HealthcareProfessional,
                   ReporterRolePatterns.SelfDeclaredProfession(), ReporterRolePatterns.ProfessionalPractice(),
                   ReporterRolePatterns.DoctorSelfReference(), ReporterRolePatterns.Credentials())
            ?? First(text, ReporterKind.Caregiver, ReporterRolePatterns.CaregiverCue())
            ?? First(text, ReporterKind.Patient, ReporterRolePatterns.PatientCue())
            ?? ReporterRole.Unknown;
    }

    private static ReporterRole? First(string text, ReporterKind kind, params Regex[] patterns)
    {
        Match? earliest = null;
        foreach (var pattern in patterns)
        {
            var match = pattern.Match(text);
            if (match.Success && (earliest is null || match.Index < earliest.Index))
            {
                earliest = match;
            }
        }

        if (earliest is null)
        {
            return null;
        }

        var start = earliest.Index;
        while (start < earliest.Index + earliest.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var end = earliest.Index + earliest.Length;
        return new ReporterRole(kind, text[start..end], start, end);
    }
}
