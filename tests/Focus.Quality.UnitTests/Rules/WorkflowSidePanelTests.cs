using Bunit;
using Focus.Quality.Rules.Workflows;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace Focus.Quality.UnitTests.Rules;

// MudBlazor's services only dispose asynchronously, so xunit disposes the context through IAsyncLifetime.
public sealed class WorkflowSidePanelTests : BunitContext, IAsyncLifetime
{
    private const string Approved = """{"name":"Klachten","initialState":"Registered","states":[{"id":"Registered","label":"Geregistreerd"},{"id":"Status1","label":"Goedgekeurd"}],"transitions":[]}""";
    private const string WithNewState = """{"name":"Klachten","initialState":"Registered","states":[{"id":"Registered","label":"Geregistreerd"},{"id":"Status1","label":"Goedgekeurd"},{"id":"Status2","label":"Nieuwe status"}],"transitions":[]}""";

    public WorkflowSidePanelTests()
    {
        Services.AddMudServices();
        Services.AddLocalization();
        JSInterop.Mode = JSRuntimeMode.Loose;
        Render<MudPopoverProvider>();
    }

    [Fact]
    public void A_new_state_selected_before_the_canvas_reports_it_opens_with_its_own_name_not_the_previous_selection()
    {
        using var dutch = new UiCulture("nl-NL");
        var panel = Render<WorkflowSidePanel>(p => p.Add(x => x.DefinitionJson, Approved).Add(x => x.SelectedKind, "state").Add(x => x.SelectedId, "Status1"));
        Assert.Equal("Goedgekeurd", panel.Find("[data-testid=state-panel] input").GetAttribute("value"));

        // The canvas reports the new state's selection first and the definition that holds it after.
        panel.Render(p => p.Add(x => x.SelectedId, "Status2"));
        panel.Render(p => p.Add(x => x.DefinitionJson, WithNewState));

        Assert.Equal("Nieuwe status", panel.Find("[data-testid=state-panel] input").GetAttribute("value"));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();
}
