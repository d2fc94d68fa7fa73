using System.Net;

namespace Lab.Streams;

/// <summary>An error the service returned: its __type (without the namespace prefix), message, status and the operation.</summary>
public sealed class AwsServiceException : Exception
{
    private static readonly HashSet<string> ThrottlingTypes = new(StringComparer.Ordinal)
    {
        "ProvisionedThroughputExceededException", "LimitExceededException", "ThrottlingException",
        "Throttling", "RequestLimitExceeded", "TooManyRequestsException",
    };

    public AwsServiceException(string operation, string errorType, string errorMessage, HttpStatusCode statusCode)
        : base($"{operation} failed: {errorType}: {errorMessage} (HTTP {(int)statusCode})")
    {
        Operation = operation;
        ErrorType = errorType;
        ErrorMessage = errorMessage;
        StatusCode = statusCode;
    }

    /// <summary>e.g. "Kinesis_20131202.GetRecords".</summary>
    public string Operation { get; }
    /// <summary>e.g. "ResourceNotFoundException".</summary>
    public string ErrorType { get; }
    public string ErrorMessage { get; }
    public HttpStatusCode StatusCode { get; }

    /// <summary>True when the caller should back off and retry (throughput or rate limits).</summary>
    public bool IsThrottling => ThrottlingTypes.Contains(ErrorType) || StatusCode == HttpStatusCode.TooManyRequests;
}
