using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Listening.Anomalies;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Listening;

/// <param name="Brand">A brand name, or null for every brand.</param>
/// <param name="Kind">One alert kind, or null for every kind.</param>
/// <param name="Target">E-mail address, https URL or user name, by <paramref name="Delivery"/>.</param>
public sealed record CreateAlertRoutingRuleCommand(string? Name, int? MinSeverity, ListeningAlertKind? Kind, string? Brand, AlertDelivery? Delivery, string? Target, string? Secret);

/// <summary>The secret is never shown again: only whether one is set.</summary>
public sealed record AlertRoutingRuleDto(Guid Id, string Name, int MinSeverity, ListeningAlertKind? Kind, string? Brand, AlertDelivery Delivery, string Target, bool Signed, bool Enabled);

public sealed class CreateAlertRoutingRuleHandler(IAppDbContext db, AuditTrail audit, ICurrentActor actor)
{
    public async Task<AlertRoutingRuleDto> HandleAsync(CreateAlertRoutingRuleCommand command, CancellationToken cancellationToken)
    {
        actor.RequireContentManager("route listening alerts");
        new Validation().Required("name", command.Name).MaxLength("name", command.Name, 100).Required("minSeverity", command.MinSeverity)
            .Required("delivery", command.Delivery).Required("target", command.Target).ThrowIfInvalid();
        Guid? brandId = null;
        if (!string.IsNullOrWhiteSpace(command.Brand))
        {
            brandId = await db.Brands.Where(brand => brand.Name == command.Brand.Trim()).Select(brand => (Guid?)brand.Id).SingleOrDefaultAsync(cancellationToken)
                ?? throw ValidationFailedException.For("brand", $"Unknown brand '{command.Brand}'.");
        }

        if (command.Delivery == AlertDelivery.InApp && !await db.Users.AnyAsync(user => user.UserName == command.Target!.Trim(), cancellationToken))
        {
            throw ValidationFailedException.For("target", $"No CareDesk user is called '{command.Target}'.");
        }

        var rule = AlertRoutingRule.Create(command.Name!, command.MinSeverity!.Value, command.Kind, brandId, command.Delivery!.Value, command.Target!, command.Secret);
        db.AlertRoutingRules.Add(rule);
        var dto = Dto(rule, command.Brand);
        audit.Record("listening.alert_route_created", nameof(AlertRoutingRule), rule.Id, null, dto);
        await db.SaveChangesAsync(cancellationToken);
        return dto;
    }

    public static AlertRoutingRuleDto Dto(AlertRoutingRule rule, string? brand) =>
        new(rule.Id, rule.Name, rule.MinSeverity, rule.Kind, string.IsNullOrWhiteSpace(brand) ? null : brand.Trim(), rule.Delivery, rule.Target, rule.Secret is not null, rule.Enabled);
}
