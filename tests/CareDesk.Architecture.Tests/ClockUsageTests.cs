using System.Reflection;
using System.Reflection.Emit;

namespace CareDesk.Architecture.Tests;

/// <summary>SLA timers are the product: production code must read time from TimeProvider, never the static clock.</summary>
public sealed class ClockUsageTests
{
    private static readonly string[] BannedGetters = ["get_Now", "get_UtcNow", "get_Today"];

    public static TheoryData<string> ProductAssemblies() =>
    [
        "CareDesk.Domain", "CareDesk.Application", "CareDesk.Infrastructure", "CareDesk.Ingestion", "CareDesk.Messaging", "CareDesk.Web", "caredesk",
    ];

    [Theory]
    [MemberData(nameof(ProductAssemblies))]
    public void ProductCode_NeverReadsTheStaticClock(string assemblyName)
    {
        var assembly = Assembly.Load(assemblyName);

        var offenders = assembly.GetTypes()
            .SelectMany(type => type.GetMethods(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                .Concat<MethodBase>(type.GetConstructors(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)))
            .Where(method => CallsStaticClock(method))
            .Select(method => $"{method.DeclaringType?.FullName}.{method.Name}")
            .ToList();

        offenders.ShouldBeEmpty();
    }

    [Fact]
    public void Scanner_WhenAMethodReadsUtcNow_FlagsIt()
    {
        CallsStaticClock(typeof(ClockUsageTests).GetMethod(nameof(ReadsTheStaticClock), BindingFlags.NonPublic | BindingFlags.Static)!).ShouldBeTrue();
        CallsStaticClock(typeof(ClockUsageTests).GetMethod(nameof(Scanner_WhenAMethodReadsUtcNow_FlagsIt))!).ShouldBeFalse();
    }

    private static DateTimeOffset ReadsTheStaticClock() => DateTimeOffset.UtcNow;

    private static bool CallsStaticClock(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            return false;
        }

        for (var index = 0; index < il.Length - 4; index++)
        {
            if (il[index] != OpCodes.Call.Value)
            {
                continue;
            }

            try
            {
                var called = method.Module.ResolveMethod(BitConverter.ToInt32(il, index + 1));
                if (called?.DeclaringType is { } declaring && (declaring == typeof(DateTime) || declaring == typeof(DateTimeOffset)) && BannedGetters.Contains(called.Name))
                {
                    return true;
                }
            }
            catch (ArgumentException)
            {
                // Not a method token at this offset: the byte scan also visits operands of other opcodes.
            }
        }

        return false;
    }
}
