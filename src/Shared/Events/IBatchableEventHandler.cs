namespace Focus.Quality.Shared.Events;

/// <summary>
/// A handler that may share one save with the other events of its batch instead of saving after each event: it finds
/// what it changes through tracked queries (which return the instance an earlier event of the batch already changed),
/// never counts or tests rows in SQL that an earlier event of the batch may have added, and has no effect outside its
/// module's database (when the shared save fails, each event of the batch runs again on its own).
/// </summary>
/// <remarks>
/// One save per batch instead of one per event is most of what delivery costs: a save per event prepares and runs
/// every INSERT of that event, its inbox row and a savepoint separately.
/// </remarks>
public interface IBatchableEventHandler;
