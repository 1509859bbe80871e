# Kaplan-Meier medians and their confidence limits where S(t), or a confidence band, equals 0.5 over an
# interval: R survival's print.survfit / summary(fit)$table (survmean's minmin: the centre of the interval).
# Run: Rscript median-plateau.R > median-plateau.csv   (R 4.x, survival 3.5.3)
suppressPackageStartupMessages(library(survival))
datasets <- list(
  # 4 uncensored events, S = 0.5 on [2, 3): the usual median of 1, 2, 3, 4
  even4          = data.frame(time = c(1, 2, 3, 4),           status = c(1, 1, 1, 1)),
  # two early censorings, S = 3/4 * 2/3 = 0.5 on [4, 7)
  censored       = data.frame(time = c(1, 2, 3, 4, 7, 9),     status = c(0, 0, 1, 1, 1, 0)),
  # S = 0.5 from 2 to the last (censored) time: no later drop, so the start of the plateau
  plateau_to_end = data.frame(time = c(1, 2, 3, 4),           status = c(1, 1, 0, 0)),
  # tied events: S = 0.5 on [1, 2)
  tied           = data.frame(time = c(1, 1, 2, 2),           status = c(1, 1, 1, 1)),
  # S = 0.5 on [10, 20) in a larger sample with censoring after the plateau
  ten            = data.frame(time = c(2, 4, 6, 8, 10, 20, 20, 30, 40, 50), status = c(1, 1, 1, 1, 1, 1, 0, 1, 0, 1))
)
cat("dataset,conf_type,conf_int,median,lower,upper\n")
for (name in names(datasets)) {
  d <- datasets[[name]]
  for (ct in c("log", "log-log", "plain")) {
    for (ci in c(0.95, 1e-9)) {
      fit <- survfit(Surv(time, status) ~ 1, data = d, conf.type = ct, conf.int = ci)
      tab <- summary(fit)$table
      f <- function(x) if (is.na(x)) "NA" else format(x, digits = 15)
      cat(sprintf("%s,%s,%s,%s,%s,%s\n", name, ct, format(ci), f(tab[["median"]]), f(tab[[8]]), f(tab[[9]])))
    }
  }
}
