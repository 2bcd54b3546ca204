using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Focus.Quality.BrowserTests;

/// <summary>
/// What a visitor sees of the public form, read from the computed styles: axe does not check whether a text field has
/// an edge at all, and a field without one leaves the visitor guessing where to type (WCAG 1.4.11, 3:1 for the edge).
/// </summary>
[Collection(SharedApps.First)]
public sealed partial class PublicFormAppearanceTests(RunningApp app)
{
    /// <summary>Per field: its name, the four sides' border width, style and colour, and the colour behind the field.</summary>
    private const string ReadFields = """
        () => [...document.querySelectorAll('main input:not([type=hidden]), main textarea, main select')].map(field => {
            const style = getComputedStyle(field);
            let behind = 'rgb(255, 255, 255)';
            for (let element = field.parentElement; element; element = element.parentElement) {
                const colour = getComputedStyle(element).backgroundColor;
                if (!/^rgba\(.*, 0\)$/.test(colour) && colour !== 'transparent') { behind = colour; break; }
            }
            const sides = ['Top', 'Right', 'Bottom', 'Left'];
            const box = field.getBoundingClientRect();
            return {
                name: field.name,
                widths: sides.map(side => parseFloat(style[`border${side}Width`])),
                styles: sides.map(side => style[`border${side}Style`]),
                colours: sides.map(side => style[`border${side}Color`]),
                behind,
                right: box.right,
                width: box.width,
                column: field.parentElement.clientWidth,
            };
        })
        """;

    [Theory]
    [InlineData(1366, 768)]
    [InlineData(390, 844)]
    public async Task Every_field_of_the_public_form_has_an_edge_that_stands_out_from_the_page(int width, int height)
    {
        var page = await app.NewPageAsync();
        await page.SetViewportSizeAsync(width, height);
        await page.GotoAsync("/klacht-indienen");

        var fields = await page.EvaluateAsync<Field[]>(ReadFields);

        Assert.True(fields.Length >= 8, $"Only {fields.Length} fields found.");
        Assert.All(fields, field =>
        {
            for (var side = 0; side < 4; side++)
            {
                Assert.True(field.Widths[side] >= 1, $"{field.Name}: border width {field.Widths[side]}px on side {side}.");
                Assert.DoesNotContain(field.Styles[side], new[] { "none", "hidden" });
                var contrast = Contrast(Colour(field.Colours[side]), Colour(field.Behind));
                Assert.True(contrast >= 3, $"{field.Name}: border {field.Colours[side]} on {field.Behind} has contrast {contrast:0.00}:1, below 3:1.");
            }

            Assert.True(field.Right <= width, $"{field.Name} runs off the screen ({field.Right}px of {width}px).");
        });
        var phone = width < 600;
        Assert.All(fields.Where(_ => phone), field => Assert.True(field.Width >= field.Column - 1, $"{field.Name} is {field.Width}px wide in a column of {field.Column}px."));
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The page scrolls sideways.");
    }

    [Theory]
    [InlineData(1366, 768)]
    [InlineData(390, 844)]
    public async Task After_an_empty_submit_each_error_stands_under_its_field_and_is_announced_with_it(int width, int height)
    {
        var page = await app.NewPageAsync();
        await page.SetViewportSizeAsync(width, height);
        await page.GotoAsync("/klacht-indienen");

        await page.GetByRole(AriaRole.Button, new() { Name = "Klacht versturen" }).ClickAsync();

        await page.Locator("[aria-invalid=true]").First.WaitForAsync();
        foreach (var (name, message) in new[] { ("ComplainantName", "'Naam' mag niet leeg zijn."), ("Email", "Vul een e-mailadres in"), ("Description", "'Omschrijving van de klacht' mag niet leeg zijn.") })
        {
            var field = page.Locator($"[name='Form.{name}']");
            Assert.Equal("true", await field.GetAttributeAsync("aria-invalid"));
            var describedBy = (await field.GetAttributeAsync("aria-describedby"))?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
            var descriptions = await Task.WhenAll(describedBy.Select(id => page.Locator($"[id='{id}']").InnerTextAsync()));
            Assert.Contains(descriptions, text => text.Contains(message, StringComparison.Ordinal));
            var error = page.Locator($"[id='{describedBy.Single(id => id.EndsWith("-error", StringComparison.Ordinal))}']");
            var (fieldBox, errorBox, column) = ((await field.BoundingBoxAsync())!, (await error.BoundingBoxAsync())!, (await page.Locator("main").BoundingBoxAsync())!);
            Assert.True(errorBox.Y >= fieldBox.Y + fieldBox.Height - 1, $"The error of {name} is not under its field.");
            Assert.True(errorBox.X >= column.X && errorBox.X + errorBox.Width <= column.X + column.Width + 1, $"The error of {name} leaves the column.");
        }
    }

    /// <summary>WCAG 2 contrast ratio of two opaque sRGB colours.</summary>
    private static double Contrast((double R, double G, double B) one, (double R, double G, double B) other)
    {
        var (lighter, darker) = (Math.Max(Luminance(one), Luminance(other)), Math.Min(Luminance(one), Luminance(other)));
        return (lighter + 0.05) / (darker + 0.05);
    }

    private static double Luminance((double R, double G, double B) colour)
    {
        static double Linear(double channel)
        {
            var c = channel / 255;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Linear(colour.R)) + (0.7152 * Linear(colour.G)) + (0.0722 * Linear(colour.B));
    }

    /// <summary>A computed colour, "rgb(r, g, b)" or "rgba(r, g, b, a)"; a see-through edge counts as blended over white.</summary>
    private static (double R, double G, double B) Colour(string computed)
    {
        var match = RgbColour().Match(computed);
        Assert.True(match.Success, $"Unexpected colour '{computed}'.");
        var channels = Enumerable.Range(1, 3).Select(i => double.Parse(match.Groups[i].Value, CultureInfo.InvariantCulture)).ToArray();
        var alpha = match.Groups[4].Success ? double.Parse(match.Groups[4].Value, CultureInfo.InvariantCulture) : 1;
        return ((channels[0] * alpha) + (255 * (1 - alpha)), (channels[1] * alpha) + (255 * (1 - alpha)), (channels[2] * alpha) + (255 * (1 - alpha)));
    }

    [GeneratedRegex(@"^rgba?\(([\d.]+), ([\d.]+), ([\d.]+)(?:, ([\d.]+))?\)$")]
    private static partial Regex RgbColour();

    /// <summary>Filled by Playwright from the page's JSON, hence settable.</summary>
    private sealed class Field
    {
        public string Name { get; set; } = string.Empty;

        public double[] Widths { get; set; } = [];

        public string[] Styles { get; set; } = [];

        public string[] Colours { get; set; } = [];

        public string Behind { get; set; } = string.Empty;

        public double Right { get; set; }

        public double Width { get; set; }

        public double Column { get; set; }
    }
}
