//! Shared helpers of the integration tests live in `it/`; this library is intentionally empty
//! so that the test package has a target to hang `it` on.
