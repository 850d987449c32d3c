using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace CareDesk.Classification.AdverseEvents.Model;

/// <summary>
/// The fixed, deterministic split by id: SHA-256 of the UTF-8 id, first 8 bytes as a big-endian fraction in [0, 1).
/// The lowest <c>testFraction</c> is Test; of the rest, the lowest <c>validationFraction</c> (a fraction of the train part) is Validation.
/// Never change this function: every reported metric depends on it.
/// </summary>
public static class DatasetSplit
{
    public const double DefaultTestFraction = 0.2;
    public const double DefaultValidationFraction = 0.1;

    public static double HashFraction(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(id), hash);
        return (BinaryPrimitives.ReadUInt64BigEndian(hash) >> 11) * (1.0 / (1UL << 53));
    }

    public static SplitPart Assign(string id, double testFraction = DefaultTestFraction, double validationFraction = DefaultValidationFraction)
    {
        if (testFraction is < 0 or >= 1 || validationFraction is < 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(testFraction), "fractions must be in [0, 1)");
        }

        var u = HashFraction(id);
        if (u < testFraction)
        {
            return SplitPart.Test;
        }

        return (u - testFraction) / (1 - testFraction) < validationFraction ? SplitPart.Validation : SplitPart.Train;
    }

    /// <summary>Uses the corpus' own split where it has one (<c>dev</c>/<c>test</c> rows are Test); the rest by id hash.</summary>
    public static SplitPart AssignPredefined(LabelledText row, double validationFraction = DefaultValidationFraction)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.IsHeldOutByCorpus
            ? SplitPart.Test
            : Assign(row.Id, testFraction: 0, validationFraction);
    }

    /// <summary>A cross-validation fold in [0, folds) for a non-test row, independent of the test/validation split (salted hash).</summary>
    public static int Fold(string id, int folds)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 1);
        return (int)(HashFraction("fold:" + id) * folds);
    }

    public static IReadOnlyList<LabelledText> Part(IEnumerable<LabelledText> rows, SplitPart part, bool predefined = false,
        double testFraction = DefaultTestFraction, double validationFraction = DefaultValidationFraction) =>
        rows.Where(row => (predefined ? AssignPredefined(row, validationFraction) : Assign(row.Id, testFraction, validationFraction)) == part)
            .ToList();
}
