using Focus.Quality.Handling.Workflow;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Rules.Contracts.Workflow;
using Focus.Quality.Shared.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Focus.Quality.Handling.Worklist;

/// <summary>
/// The worklist's state and reads. Each read takes its own service scope, so its database contexts are gone once the
/// page has what it shows instead of staying in the circuit for as long as the screen is open (issue 21).
/// </summary>
public partial class WorklistPage
{
    private const int PageSize = 50;

    private static readonly string[] OpenColumns =
        ["Column.Reference", "Column.Complainant", "Column.Category", "Column.Received", "Column.AssignedTo", "Column.NextTerm", "Column.DueDate", "Column.State"];

    private static readonly string[] ClosedColumns = ["Column.Reference", "Column.Complainant", "Column.Category", "Column.Received", "Column.Status"];

    /// <summary>Where each page seen so far starts (keyset cursors, null for the first): the last one is on screen.</summary>
    private readonly List<WorklistCursor?> _starts = [null];
    private IReadOnlyList<WorklistItem>? _items;
    private bool _hasNext;
    private string? _userName;
    private IReadOnlyList<StaffMember> _handlers = [];
    private IReadOnlyList<WorkflowStateLabel> _states = [];
    private IReadOnlyList<ClosedCaseItem> _closed = [];
    private MailboxCount? _mailbox;

    /// <summary>What the search field holds while the worklist waits for a pause in typing; every key press counts.</summary>
    private string? _typed;
    private int _keyPresses;

    /// <summary>Loads started: only the last one's rows are shown, should an earlier one answer after it.</summary>
    private int _loads;

    [Inject]
    private IServiceScopeFactory Scopes { get; set; } = null!;

    // The filters survive a pause of an idle screen (wwwroot/idle-pause.js): the browser holds them while the server has freed the circuit.
    [PersistentState]
    public bool Mine { get; set; }

    [PersistentState]
    public string? Assignee { get; set; }

    [PersistentState]
    public string? Search { get; set; }

    [PersistentState]
    public ComplaintChannel? Channel { get; set; }

    [PersistentState]
    public ComplaintCategory? Category { get; set; }

    /// <summary>A state of the workflow, by its id; the list offers the states open cases can be in, by their names.</summary>
    [PersistentState]
    public string? State { get; set; }

    [PersistentState]
    public bool OverdueOnly { get; set; }

    [PersistentState]
    public bool IncludeClosed { get; set; }

    [CascadingParameter]
    private Task<Microsoft.AspNetCore.Components.Authorization.AuthenticationState> AuthenticationState { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        _typed = Search;
        _userName = (await AuthenticationState).User.Identity?.Name;
        await using (var scope = Scopes.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            _handlers = await services.GetRequiredService<IStaffDirectory>().InRoleAsync(AppRoles.Handler, CancellationToken.None);
            _states = await services.GetRequiredService<WorkflowStateNames>().OpenStatesAsync(CancellationToken.None);
            _mailbox = await services.GetRequiredService<IMailboxCounts>().CountAsync(CancellationToken.None);
        }

        await LoadAsync();
    }

    private string NameOf(string? userName) => _handlers.FirstOrDefault(h => h.UserName == userName)?.DisplayName ?? userName ?? string.Empty;

    private Task ChangeAsync(Action change)
    {
        change();
        _starts.RemoveRange(1, _starts.Count - 1);
        return LoadAsync();
    }

    /// <summary>Searches once typing pauses for 300 ms, not on every key.</summary>
    private async Task SearchTypedAsync()
    {
        var keyPress = ++_keyPresses;
        await Task.Delay(300);
        if (keyPress == _keyPresses)
        {
            await ChangeAsync(() => Search = _typed);
        }
    }

    private Task NextPageAsync()
    {
        _starts.Add(new WorklistCursor(_items![^1].DueDate, _items[^1].Reference));
        return LoadAsync();
    }

    private Task PreviousPageAsync()
    {
        _starts.RemoveAt(_starts.Count - 1);
        return LoadAsync();
    }

    private async Task LoadAsync()
    {
        var load = ++_loads;
        await using var scope = Scopes.CreateAsyncScope();
        var query = scope.ServiceProvider.GetRequiredService<WorklistQuery>();
        // One row more than a page tells whether a next page exists.
        var rows = await query.ListAsync(
            new WorklistFilter(Search, OverdueOnly, Mine ? _userName : Assignee, Channel, Category, State, Take: PageSize + 1, After: _starts[^1]), CancellationToken.None);
        var closed = IncludeClosed && !string.IsNullOrWhiteSpace(Search) ? await query.FindClosedAsync(Search, CancellationToken.None) : [];
        if (load == _loads)
        {
            (_hasNext, _items, _closed) = (rows.Count > PageSize, [.. rows.Take(PageSize)], closed);
        }
    }
}
