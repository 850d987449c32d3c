using CareDesk.Domain.Signatures;
using CareDesk.Domain.Templates;
using CareDesk.Domain.Tests.Templates;
using CareDesk.Domain.Users;

namespace CareDesk.Domain.Tests.Signatures;

public sealed class ElectronicSignatureTests
{
    private static readonly DateTimeOffset SignedAt = new(2026, 11, 23, 14, 3, 11, TimeSpan.FromHours(-5));

    [Fact]
    public void R31_a_signature_carries_the_printed_name_the_UTC_time_and_the_meaning()
    {
        var template = MlrTemplateLifecycleTests.InReview();

        var signature = ElectronicSignature.Sign(nameof(ResponseTemplate), template.Id, template.ContentHash(), Guid.NewGuid(), "mira", "Dr Mira Patel",
            SignatureMeanings.ApprovalAs(ReviewerRole.Medical), ReviewerRole.Medical, SignedAt);

        signature.PrintedName.ShouldBe("Dr Mira Patel");
        signature.SignedAt.ShouldBe(new DateTimeOffset(2026, 11, 23, 19, 3, 11, TimeSpan.Zero));
        signature.SignedAt.Offset.ShouldBe(TimeSpan.Zero);
        signature.MeaningText.ShouldBe("Medical review: Approved");
        using (new CultureScope("th-TH"))
        {
            signature.Manifestation.ShouldBe("Dr Mira Patel — Medical review: Approved — 2026-11-23 19:03:11 UTC");
        }
    }

    [Fact]
    public void R32_a_signature_stops_verifying_when_the_content_changes_or_when_shown_on_another_record()
    {
        var v5 = MlrTemplateLifecycleTests.InReview();
        var hash = v5.ContentHash();
        var signature = ElectronicSignature.Sign(nameof(ResponseTemplate), v5.Id, hash, Guid.NewGuid(), "mira", "Dr Mira Patel",
            SignatureMeaning.MedicalReviewApproved, ReviewerRole.Medical, SignedAt);
        var v6 = v5.NewVersion(v5.Content with { Body = v5.Body.Replace("see", "visit", StringComparison.Ordinal) }, "sam", SignedAt);

        signature.IsValidFor(nameof(ResponseTemplate), v5.Id, v5.ContentHash()).ShouldBeTrue();
        v5.ContentHash().ShouldBe(hash);
        signature.IsValidFor(nameof(ResponseTemplate), v6.Id, v6.ContentHash()).ShouldBeFalse();
        signature.IsValidFor(nameof(ResponseTemplate), v6.Id, hash).ShouldBeFalse();
        signature.IsValidFor(nameof(ResponseTemplate), v5.Id, v6.ContentHash()).ShouldBeFalse();
    }

    [Fact]
    public void R31_a_signer_without_a_printed_name_cannot_sign()
    {
        Should.Throw<Common.BusinessRuleViolationException>(() => ElectronicSignature.Sign(nameof(ResponseTemplate), Guid.NewGuid(), "00", Guid.NewGuid(), "mira", " ",
            SignatureMeaning.MedicalReviewApproved, ReviewerRole.Medical, SignedAt));
    }
}
