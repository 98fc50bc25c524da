//! One error enum, one mapping to OpenAI's error shape, messages in Dutch or English.
//!
//! No message ever quotes request content: blocks name categories, JSON errors name a
//! line, a column and a category of problem.

use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use policy::Reason;

/// Language of human-readable messages, from `Accept-Language`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    /// English (default).
    #[default]
    En,
    /// Dutch.
    Nl,
}

impl Lang {
    /// Picks Dutch when `Accept-Language` prefers `nl` over `en`.
    pub fn from_accept_language(value: Option<&str>) -> Self {
        let Some(v) = value else { return Lang::En };
        for part in v.split(',') {
            let tag = part
                .split(';')
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase();
            if tag.starts_with("nl") {
                return Lang::Nl;
            }
            if tag.starts_with("en") {
                return Lang::En;
            }
        }
        Lang::En
    }
}

/// Everything that can go wrong in a request, as the client sees it.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// No or unknown API key.
    #[error("invalid API key")]
    Unauthorized,
    /// The body exceeds the configured limit.
    #[error("request body larger than {limit} bytes")]
    BodyTooLarge {
        /// The limit in bytes.
        limit: usize,
    },
    /// The body is not JSON of the expected shape.
    #[error("invalid JSON at line {line}, column {column} ({category})")]
    InvalidJson {
        /// Line of the problem.
        line: usize,
        /// Column of the problem.
        column: usize,
        /// `syntax`, `data`, `eof` or `io`.
        category: &'static str,
    },
    /// The request is well-formed JSON but misses or misuses a field.
    #[error("invalid request: {0}")]
    InvalidRequest(&'static str),
    /// The model is not in the provider register.
    #[error("unknown model")]
    ModelNotFound,
    /// The key may not use this model.
    #[error("model not allowed for this key")]
    ModelNotAllowed,
    /// Refused by policy (content, purpose or provider).
    #[error("refused by policy")]
    Blocked {
        /// The reasons (codes, never values).
        reasons: Vec<Reason>,
    },
    /// The answer was refused by the output policy.
    #[error("answer refused by policy")]
    OutputBlocked {
        /// The reasons (codes, never values).
        reasons: Vec<Reason>,
    },
    /// Detection failed or timed out: nothing was forwarded.
    #[error("detection failed")]
    DetectionFailed,
    /// The audit record could not be written: nothing was forwarded.
    #[error("audit log unavailable")]
    AuditUnavailable,
    /// The vault refused (full or unavailable): nothing was forwarded.
    #[error("pseudonymisation vault unavailable")]
    VaultUnavailable,
    /// The upstream did not answer in time.
    #[error("upstream timeout")]
    UpstreamTimeout,
    /// The upstream could not be reached.
    #[error("upstream unavailable")]
    UpstreamUnavailable,
    /// The upstream answered with an error status.
    #[error("upstream returned HTTP {status}")]
    Upstream {
        /// The upstream's status code.
        status: u16,
    },
    /// The upstream answered something that is not valid JSON of the expected shape.
    #[error("upstream returned an invalid response")]
    UpstreamInvalid,
    /// No such route.
    #[error("not found")]
    NotFound,
}

impl Error {
    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        match self {
            Error::Unauthorized => StatusCode::UNAUTHORIZED,
            Error::BodyTooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            Error::InvalidJson { .. } | Error::InvalidRequest(_) => StatusCode::BAD_REQUEST,
            Error::ModelNotFound | Error::NotFound => StatusCode::NOT_FOUND,
            Error::ModelNotAllowed => StatusCode::FORBIDDEN,
            Error::Blocked { reasons } => {
                if reasons
                    .iter()
                    .all(|r| matches!(r, Reason::PurposeNotAllowed | Reason::PurposeUndeclared))
                {
                    StatusCode::FORBIDDEN
                } else {
                    StatusCode::UNPROCESSABLE_ENTITY
                }
            }
            Error::OutputBlocked { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            Error::DetectionFailed | Error::AuditUnavailable | Error::VaultUnavailable => {
                StatusCode::SERVICE_UNAVAILABLE
            }
            Error::UpstreamTimeout => StatusCode::GATEWAY_TIMEOUT,
            Error::UpstreamUnavailable | Error::UpstreamInvalid => StatusCode::BAD_GATEWAY,
            Error::Upstream { status } => match *status {
                429 => StatusCode::TOO_MANY_REQUESTS,
                400 | 404 | 413 | 422 => {
                    StatusCode::from_u16(*status).unwrap_or(StatusCode::BAD_GATEWAY)
                }
                _ => StatusCode::BAD_GATEWAY,
            },
        }
    }

    /// The OpenAI `type` field.
    pub fn kind(&self) -> &'static str {
        match self {
            Error::Unauthorized => "authentication_error",
            Error::BodyTooLarge { .. } | Error::InvalidJson { .. } | Error::InvalidRequest(_) => {
                "invalid_request_error"
            }
            Error::ModelNotFound | Error::NotFound => "not_found_error",
            Error::ModelNotAllowed => "permission_error",
            Error::Blocked { .. } | Error::OutputBlocked { .. } => "policy_violation",
            Error::DetectionFailed | Error::AuditUnavailable | Error::VaultUnavailable => {
                "service_unavailable"
            }
            Error::UpstreamTimeout
            | Error::UpstreamUnavailable
            | Error::Upstream { .. }
            | Error::UpstreamInvalid => "upstream_error",
        }
    }

    /// The stable code (OpenAI `code` field).
    pub fn code(&self) -> &'static str {
        match self {
            Error::Unauthorized => "invalid_api_key",
            Error::BodyTooLarge { .. } => "request_too_large",
            Error::InvalidJson { .. } => "invalid_json",
            Error::InvalidRequest(_) => "invalid_request",
            Error::ModelNotFound => "model_not_found",
            Error::ModelNotAllowed => "model_not_allowed",
            Error::Blocked { reasons } | Error::OutputBlocked { reasons } => {
                // The first reason that is not the generic provider reason names the case best.
                reasons
                    .iter()
                    .find(|r| **r != Reason::ProviderNotApproved)
                    .or(reasons.first())
                    .map_or("policy.blocked", |r| r.code())
            }
            Error::DetectionFailed => "detection.failed",
            Error::AuditUnavailable => "audit.unavailable",
            Error::VaultUnavailable => "vault.unavailable",
            Error::UpstreamTimeout => "upstream.timeout",
            Error::UpstreamUnavailable => "upstream.unavailable",
            Error::Upstream { .. } => "upstream.error",
            Error::UpstreamInvalid => "upstream.invalid_response",
            Error::NotFound => "not_found",
        }
    }

    /// A human explanation in `lang`, naming categories, never values.
    pub fn message(&self, lang: Lang) -> String {
        let nl = lang == Lang::Nl;
        match self {
            Error::Blocked { reasons } | Error::OutputBlocked { reasons } => {
                let mut labels: Vec<&str> = reasons
                    .iter()
                    .filter(|r| !matches!(r, Reason::PurposeNotAllowed | Reason::PurposeUndeclared))
                    .map(|r| if nl { r.label_nl() } else { r.label_en() })
                    .collect();
                labels.dedup();
                let codes: Vec<&str> = reasons.iter().map(|r| r.code()).collect();
                let codes = codes.join(", ");
                let purpose = reasons.iter().find(|r| matches!(r, Reason::PurposeNotAllowed | Reason::PurposeUndeclared));
                let output = matches!(self, Error::OutputBlocked { .. });
                match (nl, purpose, output) {
                    (true, Some(Reason::PurposeUndeclared), _) => format!(
                        "Poortwachter heeft dit verzoek geweigerd: er is geen doel opgegeven. Geef het doel mee in de header X-Poortwachter-Purpose. (code: {codes})"
                    ),
                    (false, Some(Reason::PurposeUndeclared), _) => format!(
                        "Poortwachter refused this request: no purpose was declared. Send the purpose in the X-Poortwachter-Purpose header. (code: {codes})"
                    ),
                    (true, Some(_), _) if labels.is_empty() => format!(
                        "Poortwachter heeft dit verzoek geweigerd: dit doel is niet toegestaan voor deze sleutel of groep. (code: {codes})"
                    ),
                    (false, Some(_), _) if labels.is_empty() => format!(
                        "Poortwachter refused this request: this purpose is not allowed for this key or group. (code: {codes})"
                    ),
                    (true, _, true) => format!(
                        "Poortwachter heeft het antwoord van het model tegengehouden omdat het {} bevat. (codes: {codes})",
                        labels.join(", ")
                    ),
                    (false, _, true) => format!(
                        "Poortwachter withheld the model's answer because it contains {}. (codes: {codes})",
                        labels.join(", ")
                    ),
                    (true, _, false) => format!(
                        "Poortwachter heeft dit verzoek geweigerd omdat het {} bevat. Zulke gegevens mogen niet naar dit taalmodel. Haal ze weg, of kies een ander doel of model. (codes: {codes})",
                        labels.join(", ")
                    ),
                    (false, _, false) => format!(
                        "Poortwachter refused this request because it contains {}. Such data may not be sent to this language model. Remove it, or choose another purpose or model. (codes: {codes})",
                        labels.join(", ")
                    ),
                }
            }
            Error::Unauthorized if nl => "Ongeldige of ontbrekende API-sleutel.".into(),
            Error::DetectionFailed if nl => {
                "De controle op persoonsgegevens is mislukt; er is niets doorgestuurd. Probeer het opnieuw.".into()
            }
            Error::AuditUnavailable if nl => "Het auditlog is niet beschikbaar; er is niets doorgestuurd.".into(),
            Error::ModelNotFound if nl => "Dit model is onbekend bij Poortwachter.".into(),
            Error::ModelNotAllowed if nl => "Deze sleutel mag dit model niet gebruiken.".into(),
            Error::BodyTooLarge { limit } if nl => format!("Het verzoek is groter dan {limit} bytes."),
            Error::DetectionFailed => "Detection of personal data failed; nothing was forwarded. Try again.".into(),
            Error::AuditUnavailable => "The audit log is unavailable; nothing was forwarded.".into(),
            Error::ModelNotFound => "This model is not known to Poortwachter.".into(),
            Error::ModelNotAllowed => "This key may not use this model.".into(),
            other => other.to_string(),
        }
    }

    /// The response in OpenAI's error shape, with the AI-generated marker header absent
    /// (an error is not generated content).
    pub fn to_response(&self, lang: Lang) -> Response {
        let body = serde_json::json!({
            "error": { "message": self.message(lang), "type": self.kind(), "code": self.code(), "param": null }
        });
        let mut resp = (self.status(), axum::Json(body)).into_response();
        if let Error::Blocked { reasons } | Error::OutputBlocked { reasons } = self {
            let codes: Vec<&str> = reasons.iter().map(|r| r.code()).collect();
            if let Ok(v) = HeaderValue::from_str(&codes.join(",")) {
                resp.headers_mut().insert("x-poortwachter-reasons", v);
            }
            resp.headers_mut()
                .insert("x-poortwachter-decision", HeaderValue::from_static("block"));
        }
        resp
    }
}

impl IntoResponse for Error {
    fn into_response(self) -> Response {
        self.to_response(Lang::En)
    }
}

/// Turns a JSON error into a position and a category, dropping serde's message (which can
/// quote the input).
pub(crate) fn json_error(e: &serde_json::Error) -> Error {
    let category = match e.classify() {
        serde_json::error::Category::Io => "io",
        serde_json::error::Category::Syntax => "syntax",
        serde_json::error::Category::Data => "data",
        serde_json::error::Category::Eof => "eof",
    };
    Error::InvalidJson {
        line: e.line(),
        column: e.column(),
        category,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Dutch is chosen only when preferred; block messages name categories in that language.
    #[test]
    fn language_and_labels() {
        assert_eq!(
            Lang::from_accept_language(Some("nl-NL,nl;q=0.9,en;q=0.8")),
            Lang::Nl
        );
        assert_eq!(Lang::from_accept_language(Some("en-GB,nl;q=0.5")), Lang::En);
        assert_eq!(Lang::from_accept_language(None), Lang::En);
        let e = Error::Blocked {
            reasons: vec![Reason::SpecialCategory(detect::SpecialCategory::Health)],
        };
        assert!(e.message(Lang::Nl).contains("gezondheidsgegevens"));
        assert!(e.message(Lang::En).contains("health data"));
        assert_eq!(e.code(), "special_category.health");
        assert_eq!(e.status(), StatusCode::UNPROCESSABLE_ENTITY);
    }
}
