// Conversation and reliability tests make many table round trips and wait out deliberate faults.
jest.setTimeout(60_000);
