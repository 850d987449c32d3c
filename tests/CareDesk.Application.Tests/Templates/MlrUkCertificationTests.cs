using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Domain.Common;
using CareDesk.Domain.Templates;
using CareDesk.Domain.Users;
using static CareDesk.Application.Tests.Templates.MlrFlow;

namespace CareDesk.Application.Tests.Templates;

public sealed class MlrUkCertificationTests
{
    [Fact]
    public async Task R47_a_UK_template_needs_certification_by_a_flagged_UK_nominated_signatory_who_is_not_the_author()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var template = await InReviewAsync(host, Input(jobCode: "RS-UK-0047", markets: ["UK"]));
        foreach (var (userName, role) in Reviewers)
        {
            await ApproveAsync(host, template.Id, userName, role);
        }

        var review = await ReviewAsync(host, template.Id);
        var unflagged = await Should.ThrowAsync<BusinessRuleViolationException>(() => ApproveAsync(host, template.Id, "leo", ReviewerRole.UkCertifier));
        await ApproveAsync(host, template.Id, "paula", ReviewerRole.UkCertifier);

        review.Template.Status.ShouldBe(TemplateStatus.InReview);
        review.Template.PendingRoles.ShouldBe([ReviewerRole.UkCertifier]);
        review.UkCertifiers.ShouldBe(["paula"]);
        unflagged.Rule.ShouldBeAssignableTo<IAuthorityRule>();
        var certified = await ReviewAsync(host, template.Id);
        certified.Template.Status.ShouldBe(TemplateStatus.Approved);
        certified.Signatures.Last().MeaningText.ShouldBe("UK certification (nominated signatory): Certified");
    }

    [Fact]
    public async Task R47_a_US_template_has_no_certifier_step()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var template = await InReviewAsync(host);

        var review = await ReviewAsync(host, template.Id);

        review.Template.PendingRoles.ShouldNotContain(ReviewerRole.UkCertifier);
        review.UkCertifiers.ShouldBeNull();
    }
}
