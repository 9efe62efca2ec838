//! How long a kiosk waits before trying again to load a pack it could not load: soon at first,
//! then less and less often, but never giving up, so it comes back by itself once the network
//! or the server does.

use std::time::Duration;

const FIRST: Duration = Duration::from_secs(5);
const LONGEST: Duration = Duration::from_secs(300);

/// The wait before try number `attempt` (1 for the first retry): 5 s, doubling up to 5 min.
pub fn retry_delay(attempt: u32) -> Duration {
    let doublings = attempt.saturating_sub(1).min(16);
    (FIRST * 2_u32.pow(doublings)).min(LONGEST)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_double_from_five_seconds_up_to_five_minutes() {
        let waits: Vec<u64> = (1..=9).map(|n| retry_delay(n).as_secs()).collect();
        assert_eq!(waits, [5, 10, 20, 40, 80, 160, 300, 300, 300]);
    }

    #[test]
    fn keeps_trying_forever_without_overflowing() {
        assert_eq!(retry_delay(u32::MAX), LONGEST);
        assert_eq!(retry_delay(0), FIRST);
    }
}
