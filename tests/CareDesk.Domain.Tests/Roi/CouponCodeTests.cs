using CareDesk.Domain.Roi;
using CareDesk.Domain.Templates;

namespace CareDesk.Domain.Tests.Roi;

public sealed class CouponCodeTests
{
    [Fact]
    public void A_new_code_is_twelve_unambiguous_symbols_in_groups_of_four_with_a_valid_check_character()
    {
        var code = CouponCode.NewCode();

        code.ShouldMatch("^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$");
        code.ShouldNotContain('0');
        CouponCode.TryNormalize(code, out var normalized).ShouldBeTrue();
        normalized.ShouldBe(code);
    }

    [Fact]
    public void The_check_character_is_a_weighted_sum_modulo_31_over_the_alphabet()
    {
        CouponCode.WithCheckCharacter("K7MQ3XPART9").ShouldBe("K7MQ-3XPA-RT9E");
    }

    [Fact]
    public void Every_single_mistyped_symbol_and_every_swap_of_neighbours_is_caught()
    {
        var compact = CouponCode.WithCheckCharacter("K7MQ3XPART9").Replace("-", string.Empty, StringComparison.Ordinal);
        for (var position = 0; position < compact.Length; position++)
        {
            foreach (var other in CodeAlphabet.Symbols.Where(symbol => symbol != compact[position]))
            {
                var typo = compact[..position] + other + compact[(position + 1)..];
                CouponCode.TryNormalize(typo, out _).ShouldBeFalse($"substituting {other} at {position}");
            }
        }

        for (var position = 0; position + 1 < compact.Length; position++)
        {
            if (compact[position] == compact[position + 1])
            {
                continue;
            }

            var swapped = compact[..position] + compact[position + 1] + compact[position] + compact[(position + 2)..];
            CouponCode.TryNormalize(swapped, out _).ShouldBeFalse($"swapping at {position}");
        }
    }

    [Theory]
    [InlineData("k7mq 3xpa rt9e")]
    [InlineData("K7MQ3XPART9E")]
    [InlineData(" k7mq-3xpa-rt9e ")]
    public void Case_spaces_and_dashes_do_not_matter_when_a_code_is_read(string typed)
    {
        CouponCode.TryNormalize(typed, out var code).ShouldBeTrue();
        code.ShouldBe("K7MQ-3XPA-RT9E");
    }

    [Theory]
    [InlineData("")]
    [InlineData("K7MQ-3XPA-RT9")]
    [InlineData("K7MQ-3XPA-RT9EN")]
    [InlineData("K7MQ-3XPA-RT0E")]
    [InlineData("K7MO-3XPA-RT9E")]
    public void Wrong_length_or_symbols_outside_the_alphabet_are_refused(string typed) =>
        CouponCode.TryNormalize(typed, out _).ShouldBeFalse();

    [Fact]
    public void A_coupon_template_variable_takes_only_a_well_formed_code()
    {
        TemplateVariableValues.IsValid(TemplateVariableKind.CouponCode, "K7MQ-3XPA-RT9E").ShouldBeTrue();
        TemplateVariableValues.IsValid(TemplateVariableKind.CouponCode, "K7MQ-3XPA-RT9P").ShouldBeFalse();
        TemplateVariableValues.IsValid(TemplateVariableKind.CouponCode, "call me").ShouldBeFalse();
    }

    [Fact]
    public void Short_link_codes_carry_a_check_character_too()
    {
        var code = ShortLinkCode.NewCode();

        ShortLinkCode.IsWellFormed(code).ShouldBeTrue();
        ShortLinkCode.IsWellFormed(code[..^1] + (code[^1] == '2' ? '3' : '2')).ShouldBeFalse();
        ShortLinkCode.IsWellFormed("../etc/p").ShouldBeFalse();
    }
}
