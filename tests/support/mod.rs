//! Shared by the integration tests: real-file builders and data generators.
#![allow(dead_code)]

pub mod files;
pub mod mail;
pub mod numbers;
pub mod pdf;
pub mod people;
pub mod special_care;
