namespace Focus.Quality.Handling.Domain;

internal enum CommunicationChannel
{
    PhoneCall,
    Email,
    Letter,
}

internal enum CommunicationDirection
{
    Incoming,
    Outgoing,
}
