import kimono_interop_client


def test_package_reports_its_version() -> None:
    assert kimono_interop_client.__version__.count(".") == 2
