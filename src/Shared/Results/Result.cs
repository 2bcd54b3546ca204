namespace Focus.Quality.Shared.Results;

public enum ResultStatus
{
    Success,
    Invalid,
    NotFound,
    Conflict,
    Unavailable,
}

/// <summary>The outcome of a use case: a value, or field errors a user can act on, or not found / conflict.</summary>
public sealed class Result<T>
{
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    private Result(ResultStatus status, T? value, IReadOnlyDictionary<string, string[]> errors)
    {
        Status = status;
        Value = value;
        Errors = errors;
    }

    public ResultStatus Status { get; }

    public T? Value { get; }

    public IReadOnlyDictionary<string, string[]> Errors { get; }

    public bool IsSuccess => Status == ResultStatus.Success;

    public static Result<T> Success(T value) => new(ResultStatus.Success, value, NoErrors);

    public static Result<T> Invalid(IDictionary<string, string[]> errors) => new(ResultStatus.Invalid, default, new Dictionary<string, string[]>(errors));

    public static Result<T> Invalid(string field, string message) => Invalid(new Dictionary<string, string[]> { [field] = [message] });

    public static Result<T> NotFound() => new(ResultStatus.NotFound, default, NoErrors);

    public static Result<T> Conflict(string message) => new(ResultStatus.Conflict, default, new Dictionary<string, string[]> { [string.Empty] = [message] });

    /// <summary>Something the app depends on (the document store) failed; nothing was saved and trying again later may work.</summary>
    public static Result<T> Unavailable(string message) => new(ResultStatus.Unavailable, default, new Dictionary<string, string[]> { [string.Empty] = [message] });
}
