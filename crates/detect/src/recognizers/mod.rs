//! Built-in recognizers, one file each.

use crate::recognizer::Recognizer;

mod address;
mod birthdate;
mod bsn;
mod card;
mod confidential;
mod email;
mod fields;
mod formats;
mod iban;
mod id_number;
mod ip;
pub(crate) mod person;
mod phone;
mod plate;
mod postcode;
pub(crate) mod prescan;
mod secret;
mod spoken;
pub(crate) mod util;

/// Every built-in pattern recognizer (person names run separately, after them).
pub(crate) fn builtin() -> Vec<Box<dyn Recognizer>> {
    vec![
        Box::new(email::Email::new()),
        Box::new(phone::Phone::new()),
        Box::new(bsn::Bsn::new()),
        Box::new(iban::Iban::new()),
        Box::new(card::Card::new()),
        Box::new(postcode::Postcode::new()),
        Box::new(address::Address::new()),
        Box::new(ip::Ip::new()),
        Box::new(plate::Plate::new()),
        Box::new(birthdate::Birthdate::new()),
        Box::new(id_number::IdNumber::new()),
        Box::new(secret::Secret::new()),
        Box::new(confidential::Confidential::new()),
        Box::new(fields::Fields::new()),
        Box::new(formats::Formats::new()),
        Box::new(spoken::Spoken::new()),
    ]
}
