using Focus.Quality.Rules.Validation;

namespace Focus.Quality.UnitTests.Rules;

public sealed class GuardOverlapTests
{
    [Theory]
    [InlineData("input.Actor != input.AssignedTo", "input.Actor == input.AssignedTo")]
    [InlineData("input.Channel == \"Email\"", "input.Channel == \"Phone\"")]
    [InlineData("input.DaysOpen > 10", "input.DaysOpen <= 10")]
    [InlineData("input.DaysOpen < 5", "input.DaysOpen > 10")]
    [InlineData("input.DaysOpen <= 5", "input.DaysOpen > 5")]
    [InlineData("input.Category == \"Treatment\" && input.DaysOpen > 3", "!(input.Category == \"Treatment\" && input.DaysOpen > 3)")]
    [InlineData("(input.DaysOpen >= 3)", "input.DaysOpen < 3")]
    public void Conditions_that_exclude_each_other_cannot_both_hold(string first, string second)
    {
        Assert.False(GuardOverlap.CanBothHold(first, second));
        Assert.False(GuardOverlap.CanBothHold(second, first));
    }

    [Theory]
    [InlineData(null, "input.DaysOpen > 10")]
    [InlineData("input.DaysOpen > 10", "input.DaysOpen > 5")]
    [InlineData("input.DaysOpen <= 5", "input.DaysOpen >= 5")]
    [InlineData("input.Channel != \"Email\"", "input.Channel != \"Phone\"")]
    [InlineData("input.Channel == \"Email\"", "input.Category == \"Treatment\"")]
    [InlineData("input.DaysOpen > 3 || input.Channel == \"Email\"", "input.DaysOpen <= 3")]
    [InlineData("input.Channel == \"Email\" || input.Channel == \"Phone\"", "input.Channel == \"Phone\"")]
    public void Conditions_that_one_case_can_meet_together_can_both_hold(string? first, string second)
    {
        Assert.True(GuardOverlap.CanBothHold(first, second));
        Assert.True(GuardOverlap.CanBothHold(second, first));
    }
}
