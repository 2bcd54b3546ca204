using Microsoft.AspNetCore.Http;

namespace Focus.Quality.Shared.Results;

public static class ResultHttpExtensions
{
    /// <summary>Maps a use-case result to HTTP: 400 with problem details for field errors, 404, 409, 503.</summary>
    public static IResult ToHttpResult<T>(this Result<T> result, Func<T, IResult> onSuccess) => result.Status switch
    {
        ResultStatus.Success => onSuccess(result.Value!),
        ResultStatus.NotFound => TypedResults.NotFound(),
        ResultStatus.Conflict => TypedResults.Problem(result.Errors[string.Empty][0], statusCode: StatusCodes.Status409Conflict),
        ResultStatus.Unavailable => TypedResults.Problem(result.Errors[string.Empty][0], statusCode: StatusCodes.Status503ServiceUnavailable),
        _ => TypedResults.ValidationProblem(result.Errors),
    };
}
