using System.Security.Claims;
using CareDesk.Application.Abstractions;
using CareDesk.Application.Common;
using CareDesk.Domain.Users;

namespace CareDesk.Web.Infrastructure;

/// <summary>
/// The signed-in user of the current request; background work (no request) acts as "system". On the public
/// registration forms the actor is always the person filling the form ("registrant"), even if a staff cookie came
/// along: staff identities and end users are never mixed (ADR-019).
/// </summary>
public sealed class HttpContextActor(IHttpContextAccessor accessor) : ICurrentActor
{
    public const string Registrant = "registrant";

    private bool OnRegistrationForm => accessor.HttpContext?.Request.Path.StartsWithSegments("/forms") == true;

    private ClaimsPrincipal? User => OnRegistrationForm ? null : accessor.HttpContext?.User;

    public string UserName => OnRegistrationForm ? Registrant : User?.Identity?.IsAuthenticated == true ? User.Identity.Name ?? "unknown" : "system";

    public UserRole? Role => accessor.HttpContext is null
        ? UserRole.Admin
        : Enum.TryParse<UserRole>(User?.FindFirstValue(ClaimTypes.Role), out var role) ? role : null;

    public Guid? SessionId => Guid.TryParse(User?.FindFirstValue(SessionCookie.SessionIdClaim), out var id) ? id : null;

    public string Via => accessor.HttpContext is not { } context ? ActorVia.System
        : context.Request.Path.StartsWithSegments("/api") ? ActorVia.Api : ActorVia.Ui;
}
